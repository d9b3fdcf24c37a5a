/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../harness/extension-browser';
import { FIXTURES_ROOT, type FixtureServer } from '../harness/fixture-server';
import { expect, test } from './fixtures';

interface HostilePage {
  name: string;
  settleMs: number;
}

const pages = JSON.parse(readFileSync(`${FIXTURES_ROOT}hostile/pages.json`, 'utf8')) as HostilePage[];
const pageHtml = (name: string, origin: string) =>
  readFileSync(`${FIXTURES_ROOT}hostile/${name}/index.html`, 'utf8').replaceAll('{{ORIGIN}}', origin);

const readerUrl = (extension: ExtensionBrowser) => `chrome-extension://${extension.extensionId}/src/reader/index.html?id=*`;

/** Records what would show that something ran: dialogs and requests under /pwned (from now on). */
function watch(page: Page, server: FixtureServer) {
  server.requests.length = 0;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { dialogs, pwnedRequests: () => server.requests.filter((path) => path.startsWith('/pwned')) };
}

/** Pokes the reader the way a person would: clicks links that are not web links, clicks and hovers paragraphs. */
async function poke(page: Page): Promise<void> {
  const body = page.locator('.article-body');
  for (const link of await body.locator('a:not([href^="http"])').all()) await link.click({ timeout: 2000 }).catch(() => undefined);
  const first = body.locator('p').first();
  await first.hover();
  await first.click();
}

/** Everything in the reader's DOM that could run or fetch, and whether the reader's own controls are on top. */
async function inspectReader(page: Page) {
  return page.evaluate(() => {
    // The article's HTML (the reader's own controls have inputs and data- attributes of their own).
    const body = document.querySelector('.article-body')!;
    const bad: string[] = [];
    for (const el of document.querySelectorAll('body script:not([src^="/assets/"]), body iframe, body object, body embed, body base, body meta, body style')) {
      bad.push(`page ${el.localName}`);
    }
    for (const el of body.querySelectorAll('script, iframe, frame, object, embed, style, link, meta, base, form, svg, template, input, textarea, video, audio')) {
      bad.push(el.localName);
    }
    for (const el of body.querySelectorAll('*')) {
      for (const { name, value } of el.attributes) {
        if (/^on/i.test(name) || name === 'style' || /^data-/.test(name)) bad.push(`${el.localName}[${name}]`);
        if (/^\s*(javascript|vbscript|data:text)/i.test(value.replace(/[\u0000-\u001f]/g, ''))) bad.push(`${el.localName}[${name}=${value.slice(0, 20)}]`);
      }
    }
    const back = document.querySelector('.toolbar .back')!.getBoundingClientRect();
    const onTop = document.elementFromPoint(back.left + back.width / 2, back.top + back.height / 2)?.closest('.back') !== null;
    return {
      bad,
      marker: (window as unknown as { __pwned?: unknown }).__pwned ?? (window.top as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
      baseURI: document.baseURI,
      backOnTop: onTop,
      articleShown: (document.querySelector('.article-body')?.textContent ?? '').includes('The harbour town woke slowly'),
      bodyVisible: getComputedStyle(document.querySelector('main')!).display !== 'none',
      getElementById: typeof document.getElementById,
      chromeApi: typeof chrome?.storage?.local?.get,
    };
  });
}

async function expectNothingRan(page: Page, extension: ExtensionBrowser, seen: ReturnType<typeof watch>) {
  const state = await inspectReader(page);
  expect(state.marker).toBeNull();
  expect(state.title).not.toBe('pwned');
  expect(state.bad).toEqual([]);
  expect(state.baseURI.startsWith(`chrome-extension://${extension.extensionId}/src/reader/index.html`)).toBe(true);
  expect(state.backOnTop).toBe(true);
  expect(state.articleShown).toBe(true);
  expect(state.bodyVisible).toBe(true);
  expect(state.getElementById).toBe('function');
  expect(state.chromeApi).toBe('function');
  expect(seen.dialogs).toEqual([]);
  expect(seen.pwnedRequests()).toEqual([]);
  expect(page.url()).toMatch(/\/src\/reader\/index\.html\?id=/);
}

for (const { name, settleMs } of pages) {
  test.describe(`hostile page "${name}"`, () => {
    test('opened through the real flow, nothing of it runs in the reader', async ({ extension, server }) => {
      const url = `${server.origin}/hostile/${name}/`;
      const page = await extension.context.newPage();
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(name, server.origin) }));
      await page.goto(url);
      const seen = watch(page, server);

      const popup = await extension.clickAction(page);
      await popup.waitFor("document.querySelector('.read-button')");
      await popup.evaluate("document.querySelector('.read-button').click()");
      await page.waitForURL(readerUrl(extension));
      await page.waitForFunction(() => document.documentElement.dataset.bodyPaintedAt);
      await page.waitForLoadState('load');
      await poke(page);
      if (settleMs) await page.waitForTimeout(settleMs); // the payload's own delay (meta refresh), not a guess
      await expectNothingRan(page, extension, seen);
      await page.close();
    });

    test('handed raw to the reader through storage.session, the reader sanitises it itself', async ({ extension, server }) => {
      const raw = /<body[^>]*>([\s\S]*)<\/body>/i.exec(pageHtml(name, server.origin))![1]!;
      const worker = extension.context.serviceWorkers()[0]!;
      const id = await worker.evaluate(
        async ({ raw, url }) => {
          const id = crypto.randomUUID();
          const article = {
            url, title: 'Harbour breakwater faces its first winter', byline: null, siteName: 'Test Gazette', lang: 'en', dir: null,
            publishedTime: null, excerpt: null, summary: [], leadImage: null, contentHtml: raw, textContent: '', wordCount: 300,
            readingMinutes: 2, removed: [], readerable: true,
          };
          await chrome.storage.session.set({
            [`readerHandoff:${id}`]: { schemaVersion: 2, id, tabId: 1, createdAt: Date.now(), payload: { kind: 'article', article, canonicalUrl: url } },
          });
          return id;
        },
        { raw, url: `${server.origin}/hostile/${name}/` },
      );
      const page = await extension.context.newPage();
      const seen = watch(page, server);
      await page.goto(`chrome-extension://${extension.extensionId}/src/reader/index.html?id=${id}`);
      await page.waitForFunction(() => document.documentElement.dataset.bodyPaintedAt);
      await page.waitForLoadState('load');
      await poke(page);
      if (settleMs) await page.waitForTimeout(settleMs);
      await expectNothingRan(page, extension, seen);
      await page.close();
    });
  });
}
