/// <reference types="chrome" />
/** The flows' `ExtensionSession` in Chromium, with Playwright (see views.ts). */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchExtensionBrowser, type ExtensionBrowser, type PopupTarget } from './extension-browser';
import type { FixtureServer } from './fixture-server';
import { callExpression, pollFor, type ExtensionSession, type Tab, type View } from './views';

export interface ChromiumSession extends ExtensionSession {
  /** The Playwright side, for what only Chromium tests do (workers, CDP, media emulation). */
  readonly extension: ExtensionBrowser;
  pageOf(tab: Tab): Page;
}

export async function launchChromiumSession(server: FixtureServer, options: { dist?: string } = {}): Promise<ChromiumSession> {
  const extension = await launchExtensionBrowser({ dist: options.dist });
  const pages = new WeakMap<Tab, Page>();
  const worker = async () => extension.context.serviceWorkers()[0] ?? (await extension.context.waitForEvent('serviceworker'));
  const inExtension = async <R, A>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>> =>
    (await worker()).evaluate(callExpression(fn as (arg: never) => unknown, arg)) as Promise<Awaited<R>>;
  const tabIds = () => inExtension(async () => (await chrome.tabs.query({})).map((tab) => tab.id!));

  async function newTab(url: string): Promise<Tab> {
    const before = new Set(await tabIds());
    const page = await extension.context.newPage();
    const id = (await tabIds()).find((tabId) => !before.has(tabId));
    if (id === undefined) throw new Error('the new tab has no id');
    const tab = playwrightTab(page, id);
    pages.set(tab, page);
    // Some pages (the PDF viewer, view-source:) never report a load.
    await page.goto(url).catch(() => undefined);
    return tab;
  }

  async function grantActiveTab(tab: Tab): Promise<void> {
    const popup = await extension.clickAction(pageOf(tab));
    await popup.waitFor("document.querySelector('.card:not(:has(.summary.pending)), .status-message')", 30_000);
    await popup.close();
  }

  function pageOf(tab: Tab): Page {
    const page = pages.get(tab);
    if (!page) throw new Error('not a tab of this session');
    return page;
  }

  return {
    browser: 'chromium',
    server,
    extension,
    pageOf,
    extensionUrl: (path) => `chrome-extension://${extension.extensionId}/${path}`,
    newTab,
    async openPopup(tab) {
      return popupView(await extension.clickAction(pageOf(tab)));
    },
    async openPopupInTab(tab) {
      await grantActiveTab(tab);
      const popup = await newTab(`chrome-extension://${extension.extensionId}/src/popup/index.html?tab=${tab.id}`);
      await popup.waitFor('.card:not(:has(.summary.pending)), .status-message');
      return popup;
    },
    inExtension,
    close: () => extension.close(),
  };
}

/** Chromium's real action popup (a CDP target, not a Playwright page) as a `View`. */
function popupView(popup: PopupTarget): View {
  const view: View = {
    evaluate: (fn, arg) => popup.evaluate(callExpression(fn as (arg: never) => unknown, arg)),
    waitFor: (selector, options) => pollFor(view, selector, options),
    click: (selector, options = {}) => popup.click(selector, options.index),
    screenshot: (path) => popup.screenshot(path),
    close: () => popup.close(),
  };
  return view;
}

function playwrightTab(page: Page, id: number): Tab {
  return {
    id,
    evaluate: (fn, arg) => page.evaluate(callExpression(fn as (arg: never) => unknown, arg)),
    async waitFor(selector, options = {}) {
      await page.waitForSelector(selector, { state: options.state ?? 'visible', timeout: options.timeout ?? 15_000 });
    },
    click: (selector, options = {}) => page.locator(selector).nth(options.index ?? 0).click({ timeout: options.timeout }),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async close() {
      if (!page.isClosed()) await page.close();
    },
    url: async () => page.url(),
    async goto(url) {
      await page.goto(url);
    },
    async back() {
      await page.goBack();
    },
    async reload() {
      await page.reload();
    },
    async waitForUrl(matches, timeout = 15_000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        try {
          await page.waitForURL((url) => matches(url.href), { timeout: Math.max(1, deadline - Date.now()), waitUntil: 'commit' });
          return page.url();
        } catch (error) {
          // A navigation the page started itself and that never committed (the meta-refresh page's timer, answered
          // 204) leaves the tab where it was: Playwright reports it as ERR_ABORTED; keep waiting for ours.
          if (!/ERR_ABORTED/.test(String(error)) || Date.now() >= deadline) throw error;
        }
      }
    },
    press: (key) => page.keyboard.press(key),
    focus: (selector) => page.focus(selector),
    hover: (selector) => page.hover(selector),
    fill: (selector, text) => page.fill(selector, text),
    async select(selector, value) {
      await page.selectOption(selector, value);
    },
    setInputFile: (selector, file) => page.setInputFiles(selector, { name: file.name, mimeType: 'application/octet-stream', buffer: file.content }),
    async download(trigger) {
      const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
      return { fileName: download.suggestedFilename(), content: readFileSync(await download.path()) };
    },
    onDialog(listener) {
      page.on('dialog', (dialog) => {
        listener(dialog.message());
        void dialog.dismiss();
      });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    isClosed: () => page.isClosed(),
  };
}
