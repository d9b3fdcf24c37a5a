/**
 * The flows' `ExtensionSession` in Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi by
 * puppeteer-core, with the add-on installed as a temporary one (see views.ts).
 *
 * Test-only differences, each for a reason:
 * - the add-on is the test build (dist-firefox-test/: the Firefox build plus host access to 127.0.0.1):
 *   Firefox grants activeTab only on a real toolbar click, which no driver available here can make;
 * - so the popup is opened as a page in a tab of its own with `?tab=ID`, as the product allows;
 * - the moz-extension UUID is fixed by a pref, so the tests know the add-on's addresses;
 * - every request that is not for 127.0.0.1 goes to a closed local port (corpus pages link to the internet).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import manifest from '../../manifest.json' with { type: 'json' };
import type { FixtureServer } from './fixture-server';
import { callExpression, eventually, type ExtensionSession, type Tab } from './views';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_TEST_ADDON = fileURLToPath(new URL('../../dist-firefox-test/', import.meta.url));
const GECKO_ID = manifest.browser_specific_settings.gecko.id;
const UUID = '6d1b8f6e-3c1a-4b8e-9f0d-5a7c2e4b1c93';
const ORIGIN = `moz-extension://${UUID}`;
const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

export interface FirefoxSession extends ExtensionSession {
  readonly puppeteer: Browser;
}

/** Launches Firefox with the add-on in `addon` (a directory or a zip; default: the test build). */
export async function launchFirefoxSession(server: FixtureServer, options: { addon?: string } = {}): Promise<FirefoxSession> {
  const addon = options.addon ?? FIREFOX_TEST_ADDON;
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  if (!existsSync(addon)) throw new Error(`${addon} is missing: run \`npm run build:firefox-test\` first`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const scratch = mkdtempSync(join(ARTIFACTS, 'firefox-'));
  const downloads = join(scratch, 'downloads');
  mkdirSync(downloads);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1200, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  try {
    await browser.installExtension(resolve(addon));
  } catch (error) {
    await browser.close();
    throw error;
  }
  let uploads = 0;

  function firefoxTab(page: Page, id: number): Tab {
    // puppeteer learns a frame's address from load events, which extension pages do not send: ask the page.
    const currentUrl = () => page.evaluate('location.href').catch(() => page.url()) as Promise<string>;
    const committed = async (before: string, matches?: (url: string) => boolean) => {
      const url = await eventually(currentUrl, (url) => (matches ? matches(url) : url !== before), 'a navigation');
      await eventually(() => page.evaluate('document.readyState'), (state) => state !== 'loading', 'the document to be parsed');
      return url;
    };
    const tab: Tab = {
      id,
      evaluate: (fn, arg) => page.evaluate(callExpression(fn as (arg: never) => unknown, arg)) as never,
      async waitFor(selector, options = {}) {
        const state = options.state ?? 'visible';
        await page.waitForSelector(selector, { visible: state === 'visible', hidden: state === 'hidden', timeout: options.timeout ?? 15_000 });
      },
      async click(selector, options = {}) {
        const element = options.index ? (await page.$$(selector))[options.index] : await page.waitForSelector(selector, { visible: true, timeout: options.timeout ?? 15_000 });
        if (!element) throw new Error(`no element ${options.index ?? 0} matches ${selector}`);
        await element.click();
      },
      async screenshot(path) {
        await page.screenshot({ path: path as `${string}.png` });
      },
      async close() {
        if (!page.isClosed()) await page.close();
      },
      url: currentUrl,
      async goto(url) {
        const before = await currentUrl();
        if (/^(moz-extension|about):/.test(url) && url !== 'about:blank') {
          // Firefox sends no load events for extension pages and its own: do not wait for one.
          void page.goto(url, { waitUntil: [] as never }).catch(() => undefined);
          await committed(before, (now) => now === url);
        } else {
          // Some pages (view-source:, the PDF viewer) may never report a load; the flow waits for what it needs.
          await page.goto(url).catch(() => undefined);
        }
      },
      async back() {
        const before = await currentUrl();
        await page.evaluate('history.back()');
        await committed(before);
      },
      async reload() {
        await page.evaluate('window.__beforeReload = true; location.reload()');
        await eventually(() => page.evaluate('window.__beforeReload !== true && document.readyState !== "loading"').catch(() => false), Boolean, 'the reload');
      },
      async waitForUrl(matches, timeout = 15_000) {
        const url = await eventually(currentUrl, matches, 'the address', timeout);
        await eventually(() => page.evaluate('document.readyState'), (state) => state !== 'loading', 'the document to be parsed');
        return url;
      },
      // BiDi names the space bar by its character.
      press: (key) => page.keyboard.press((key === 'Space' ? ' ' : key) as never),
      focus: (selector) => page.focus(selector),
      hover: (selector) => page.hover(selector),
      async fill(selector, text) {
        // As a person would: select what is there, delete it, type the new text.
        await page.focus(selector);
        await page.evaluate('document.activeElement.select()');
        await page.keyboard.press('Backspace');
        if (text) await page.keyboard.type(text);
      },
      async select(selector, value) {
        await page.select(selector, value);
      },
      async setInputFile(selector, file) {
        const dir = join(scratch, `upload-${++uploads}`);
        mkdirSync(dir);
        writeFileSync(join(dir, file.name), file.content);
        const input = await page.$(selector);
        if (!input) throw new Error(`no ${selector}`);
        await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(join(dir, file.name));
      },
      async download(trigger) {
        const before = new Set(readdirSync(downloads));
        await trigger();
        // Done when a new file is there, no partial file is left, and its size holds still.
        let size = -1;
        const fileName = await eventually(
          async () => {
            const names = readdirSync(downloads).filter((name) => !before.has(name));
            const done = names.find((name) => !name.endsWith('.part'));
            if (!done || names.some((name) => name.endsWith('.part'))) return undefined;
            const now = statSync(join(downloads, done)).size;
            const settled = now === size && now > 0;
            size = now;
            return settled ? done : undefined;
          },
          (name) => name !== undefined,
          'the download',
        );
        return { fileName: fileName!, content: readFileSync(join(downloads, fileName!)) };
      },
      onDialog(listener) {
        page.on('dialog', (dialog) => {
          listener(dialog.message());
          void dialog.dismiss();
        });
      },
      async setViewport(width, height) {
        await page.setViewport({ width, height });
      },
      isClosed: () => page.isClosed(),
    };
    return tab;
  }

  // An extension page kept open for the session: it lists tabs and reaches the extension's APIs.
  const controlPage = await browser.newPage();
  const control = firefoxTab(controlPage, -1);
  await control.goto(`${ORIGIN}/src/reader/index.html`);
  await eventually(() => controlPage.evaluate('typeof browser?.tabs?.query'), (type) => type === 'function', 'the extension page');

  const inExtension = <R, A>(fn: (arg: A) => R, arg?: A) =>
    controlPage.evaluate(callExpression(fn as (arg: never) => unknown, arg)) as Promise<Awaited<R>>;
  const tabIds = () =>
    inExtension(async () => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await ext.tabs.query({})).map((t) => t.id!);
    });

  async function newTab(url: string): Promise<Tab> {
    const before = new Set(await tabIds());
    const page = await browser.newPage();
    const id = (await tabIds()).find((tabId) => !before.has(tabId));
    if (id === undefined) throw new Error('the new tab has no id');
    const tab = firefoxTab(page, id);
    await tab.goto(url);
    return tab;
  }

  async function popupInTab(tab: Tab): Promise<Tab> {
    const popup = await newTab(`${ORIGIN}/src/popup/index.html?tab=${tab.id}`);
    await popup.waitFor('.card:not(:has(.summary.pending)), .status-message', { timeout: 30_000 });
    return popup;
  }

  return {
    browser: 'firefox',
    server,
    puppeteer: browser,
    extensionUrl: (path) => `${ORIGIN}/${path}`,
    newTab,
    openPopup: popupInTab,
    openPopupInTab: popupInTab,
    inExtension,
    async close() {
      await browser.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
