/// <reference types="chrome" />
/**
 * Smoke test in Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi by puppeteer-core: the add-on
 * is installed as a temporary one from dist-firefox-test/ (the Firefox build plus host access to 127.0.0.1,
 * since Firefox only grants activeTab on a real toolbar click, which no driver here can make).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import manifest from '../../manifest.json' with { type: 'json' };
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_DIR = fileURLToPath(new URL('../../dist-firefox-test/', import.meta.url));
const GECKO_ID = manifest.browser_specific_settings.gecko.id;
// A fixed moz-extension UUID, so the test knows the add-on's pages' address.
const UUID = '6d1b8f6e-3c1a-4b8e-9f0d-5a7c2e4b1c93';
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

let browser: Browser;
let server: FixtureServer;

before(async () => {
  assert.ok(existsSync(FIREFOX), `Firefox not found at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  assert.ok(existsSync(ADDON_DIR), 'dist-firefox-test/ is missing: run `vite build --mode firefox-test` first');
  server = await startFixtureServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  await browser.installExtension(ADDON_DIR);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Firefox sends no load events for extension pages: navigate without waiting, then wait for content. */
async function openExtensionPage(path: string, readySelector: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${EXTENSION_ORIGIN}/${path}`, { waitUntil: [] as never }).catch(() => undefined);
  await page.waitForSelector(readySelector, { timeout: 15_000 });
  return page;
}

test('the popup shows the clean card of the seed article and stores a reaction', async () => {
  const article = await browser.newPage();
  await article.goto(`${server.origin}/seed-article/`);

  // Any extension page can look up the article tab's id (the test build may see 127.0.0.1 URLs).
  const helper = await openExtensionPage('src/popup/index.html?tab=999999', 'body');
  const tabId = await helper.evaluate(async (pageUrl: string) => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    // Match patterns carry no port: list the 127.0.0.1 tabs and pick the article's.
    const tabs = await ext.tabs.query({ url: 'http://127.0.0.1/*' });
    return tabs.find((tab) => tab.url === pageUrl)?.id;
  }, `${server.origin}/seed-article/`);
  assert.equal(typeof tabId, 'number');
  await helper.close();

  const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}`, '.card, .status-message');
  const card = await popup.evaluate(() => ({
    status: document.querySelector('.status-message')?.textContent,
    title: document.querySelector('.card .title')?.textContent,
    site: document.querySelector('.card .site')?.textContent,
    image: document.querySelector('.lead-image img')?.getAttribute('src'),
    reactions: [...document.querySelectorAll('[role=radio]')].map((b) => (b as HTMLElement).dataset.reaction),
    text: document.body.innerText,
  }));
  assert.equal(card.status, undefined);
  assert.equal(card.title, 'Zuckerberg says Meta won’t slow down AI spend despite DeepSeek’s breakthrough.');
  assert.equal(card.site, 'Trendline Daily');
  assert.equal(card.image, `${server.origin}/seed-article/assets/img/posts/meta-connect-1200x675.jpg`);
  assert.deepEqual(card.reactions, ['like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow']);
  for (const clutter of ["What's Your Reaction", 'Related Posts', 'Newsletter', 'Voting Poll', 'Advertisement']) {
    assert.ok(!card.text.includes(clutter), `popup shows clutter: ${clutter}`);
  }

  await popup.click('[data-reaction=love]');
  await popup.waitForSelector('[data-reaction=love][aria-checked=true]');
  const stored = await popup.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    return ext.storage.local.get(null);
  });
  assert.equal((stored[`reaction:${server.origin}/seed-article/`] as { reaction: string } | undefined)?.reaction, 'love');
  await popup.close();
  await article.close();
});
