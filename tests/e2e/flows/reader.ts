/// <reference types="chrome" />
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { artifactPath, eventually, type ExtensionSession, type Tab } from '../../harness/views';
import { PopupPage } from '../pages/popup';
import { ReaderPage } from '../pages/reader';
import { SEED_CLUTTER, SEED_TITLE } from './articles';
import { clearReactions, setReaderSettings, storedReaderSettings, storedReactions } from './extension-storage';
import type { Flow } from './flow';

/** Reads in a row (polled every 50 ms) that must agree before the reader's drawing counts as settled. */
const SETTLED_READS = 10;

/** The real flow: the popup about `tab`, "Read", and the reader painted in the same tab. */
export async function openReader(session: ExtensionSession, tab: Tab): Promise<ReaderPage> {
  const popup = await PopupPage.open(session, tab);
  await popup.read();
  const reader = await ReaderPage.opened(tab);
  await popup.close();
  return reader;
}

/** Chromium only: fires the worker's command or context-menu listener as the browser would for `tab`. */
async function dispatchInWorker(session: ExtensionSession, what: 'command' | 'menu', tab: Tab): Promise<void> {
  await (await PopupPage.open(session, tab)).close(); // the real click grants activeTab
  await session.inExtension(
    async ({ what, tabId }) => {
      const tab = await chrome.tabs.get(tabId);
      type Dispatchable = { dispatch(...args: unknown[]): void };
      if (what === 'command') (chrome.commands.onCommand as unknown as Dispatchable).dispatch('open-reader', tab);
      else (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch({ menuItemId: 'open-reader', editable: false, pageUrl: tab.url }, tab);
    },
    { what, tabId: tab.id },
  );
}

export const readerFlows: Flow[] = [
  {
    name: '"Read" in the popup opens the whole article, clean, in the same tab; Back returns to the page',
    async run(session) {
      const articleUrl = `${session.server.origin}/seed-article/`;
      const tab = await session.newTab(articleUrl);
      const reader = await openReader(session, tab);
      // Nothing of the article is in the address: only the handoff id.
      assert.match(new URL(await tab.url()).search, /^\?id=[0-9a-f-]{36}$/);

      await reader.waitForImages();
      const article = await reader.article();
      assert.deepEqual(
        { site: article.site, title: article.title, byline: article.byline, datetime: article.datetime, documentTitle: article.documentTitle, originalUrl: article.originalUrl },
        { site: 'Trendline Daily', title: SEED_TITLE, byline: 'Trendline Daily Staff', datetime: '2025-01-30T09:12:00+00:00', documentTitle: SEED_TITLE, originalUrl: articleUrl },
      );
      assert.match(article.readingTime, /^\d+ min read$/);
      assert.ok(article.bodyText.includes('Meta CEO Mark Zuckerberg stated on Wednesday'), article.bodyText.slice(0, 300));
      assert.ok(article.bodyText.includes('it’s crucial that this standard is American.'));
      for (const clutter of SEED_CLUTTER) assert.ok(!article.mainText.includes(clutter), `the reader shows clutter: ${clutter}`);
      for (const link of article.links) assert.deepEqual([link.target, link.rel], ['_blank', 'noopener noreferrer'], link.href);
      assert.equal((await reader.reactions.offered()).length, 7);
      // The reader's own CSP let its images load.
      assert.ok(article.imageWidths.length > 0);
      for (const width of article.imageWidths) assert.ok(width > 0, 'an image of the article did not load');
      await tab.screenshot(artifactPath(`${session.browser}-reader.png`));

      // The key points fold.
      assert.equal(await reader.keyPointsShown(), true);
      await reader.toggleKeyPoints();
      // Firefox's driver may answer the click before the details element has closed.
      await eventually(() => reader.keyPointsShown(), (shown) => !shown, 'the key points to fold');

      await reader.back();
      await tab.waitForUrl((url) => url === articleUrl);
      await tab.waitFor('.reactions');
      await tab.close();
    },
  },
  {
    name: 'settings change the page at once and survive a reload; + - t and Esc work',
    async run(session) {
      await setReaderSettings(session, null);
      const articleUrl = `${session.server.origin}/seed-article/?settings`;
      const tab = await session.newTab(articleUrl);
      const reader = await openReader(session, tab);
      const before = await reader.style();
      assert.equal(before.fontSize, '20px');

      await reader.openSettings();
      await reader.choose('theme', 'dark');
      await reader.waitForTheme('dark');
      await reader.choose('font', 'sans');
      await reader.bigger();
      await reader.bigger();
      await reader.choose('line-height', 2);
      await reader.choose('width', 'wide');
      await reader.waitForFontSize('24px');
      // The width is set in `ch` of the reading font: until the browser has the new face (Firefox finds system
      // fonts after their first use), the column is measured in the old one's. Read it once it has held still.
      let held = 0;
      let previous: Awaited<ReturnType<typeof reader.style>> | undefined;
      const after = await eventually(
        () => reader.style(),
        (now) => {
          held = isDeepStrictEqual(now, previous) ? held + 1 : 0;
          previous = now;
          return held >= SETTLED_READS;
        },
        'the reader to hold still after the settings',
      );
      assert.equal(after.lineHeight, '48px');
      assert.match(after.fontFamily, /system-ui/);
      assert.equal(after.background, 'rgb(23, 24, 27)');
      assert.ok(after.width > before.width, `wide (${after.width}px) is not wider than the default (${before.width}px)`);

      const expected = { schemaVersion: 1, theme: 'dark', font: 'sans', fontSize: 24, lineHeight: 2, width: 'wide', speechRate: 1 };
      await eventually(() => storedReaderSettings(session), (stored) => isDeepStrictEqual(stored, expected), 'the settings to be saved');
      await tab.reload();
      await reader.waitForArticle();
      // After a reload the rest of the drawing can settle later than the font size (seen once in CI), so
      // wait for the whole of it to match instead of reading it once.
      await eventually(() => reader.style(), (now) => isDeepStrictEqual(now, after), `the reader drawn as before the reload, ${JSON.stringify(after)}`);

      // Keys: + and - step the size, t the theme.
      await reader.press('+');
      await reader.waitForFontSize('28px');
      await reader.press('-');
      await reader.press('-');
      await reader.waitForFontSize('22px');
      await reader.press('t');
      await reader.waitForTheme('sepia');
      assert.equal((await reader.style()).background, 'rgb(244, 236, 216)');
      await tab.screenshot(artifactPath(`${session.browser}-reader-settings.png`));

      // Esc closes an open settings panel first, then goes back to the page.
      await reader.openSettings();
      await reader.press('Escape');
      await eventually(() => reader.settingsOpen(), (open) => !open, 'the settings panel to close');
      assert.match(await tab.url(), /\/src\/reader\/index\.html\?id=/);
      await reader.press('Escape');
      await tab.waitForUrl((url) => url === articleUrl);
      await tab.close();
      await setReaderSettings(session, null);
    },
  },
  {
    name: 'a reaction chosen in the reader shows in the popup at once, and the reverse',
    async run(session) {
      await clearReactions(session);
      const tab = await session.newTab(`${session.server.origin}/seed-article/?utm_source=reader`);
      // "Read" in a popup opened in a tab of its own turns the article's tab into the reader, not the popup's.
      const popupTab = await PopupPage.openInTab(session, tab);
      await popupTab.read();
      const reader = await ReaderPage.opened(tab);
      await popupTab.close();

      // A second tab on the same article (same canonical URL, other tracking parameters) watches the same store.
      const other = await session.newTab(`${session.server.origin}/seed-article/?utm_campaign=other`);
      const otherPopup = await PopupPage.openInTab(session, other);

      await reader.reactions.click('wow');
      await otherPopup.reactions.waitForChosen('wow');
      await otherPopup.reactions.click('sad');
      await reader.reactions.waitForChosen('sad');

      const stored = await storedReactions(session);
      assert.deepEqual(Object.keys(stored), [`reaction:${session.server.origin}/seed-article/`]);
      assert.equal(Object.values(stored)[0]?.reaction, 'sad');

      await reader.reactions.click('sad');
      await otherPopup.reactions.waitForChosen(null);
      for (const view of [otherPopup, other, tab]) await view.close();
    },
  },
  {
    name: 'read aloud works, or says it is unavailable when the browser has no voice',
    async run(session) {
      const tab = await session.newTab(`${session.server.origin}/seed-article/?speech`);
      const reader = await openReader(session, tab);
      const state = await eventually(() => reader.readAloud(), (now) => now.availability !== 'checking', 'read aloud to know its voices');
      if (state.voices === 0) {
        assert.deepEqual(
          { availability: state.availability, disabled: state.listenDisabled, message: state.message },
          { availability: 'unavailable', disabled: true, message: 'Read aloud is unavailable: this browser has no voice to read with.' },
        );
      } else {
        await reader.toggleReadAloud();
        await eventually(() => reader.readAloud(), (now) => now.status === 'playing', 'read aloud to play');
        await reader.toggleReadAloud();
        await eventually(() => reader.readAloud(), (now) => now.status === 'paused', 'read aloud to pause');
      }
      // Whatever the voices, the article is there.
      assert.ok((await reader.article()).bodyText.includes('Meta CEO Mark Zuckerberg'));
      await tab.close();
    },
  },
  {
    name: 'a right-to-left article keeps its direction and language',
    async run(session) {
      const tab = await session.newTab(`${session.server.origin}/rtl-article/`);
      const reader = await openReader(session, tab);
      const article = await reader.article();
      assert.deepEqual([article.dir, article.lang, (await reader.style()).direction], ['rtl', 'ar', 'rtl']);
      const layout = await tab.evaluate(() => {
        // Text starts at the right: the first paragraph's text ends at its box's right edge.
        const p = document.querySelector('.article-body p')!;
        const range = document.createRange();
        range.selectNodeContents(p);
        return {
          textRight: Math.max(...[...range.getClientRects()].map((r) => r.right)),
          boxRight: p.getBoundingClientRect().right,
          quoteBorder: getComputedStyle(document.querySelector('.article-body blockquote')!).borderRightWidth,
          toolbar: getComputedStyle(document.querySelector('.toolbar')!).direction,
        };
      });
      assert.ok(Math.abs(layout.textRight - layout.boxRight) < 2, JSON.stringify(layout));
      assert.equal(layout.quoteBorder, '4px');
      // The toolbar stays in the interface's direction.
      assert.equal(layout.toolbar, 'ltr');
      await tab.close();
    },
  },
  {
    name: 'the largest corpus page opens in the reader',
    async run(session) {
      const tab = await session.newTab(`${session.server.origin}/large/yahoo-2/`);
      const reader = await openReader(session, tab);
      const article = await reader.article();
      assert.ok(article.title.length > 0);
      assert.ok(article.bodyText.length > 1000, `only ${article.bodyText.length} characters`);
      await tab.close();
    },
  },
  {
    name: 'a reader whose article is gone says so instead of showing a blank page',
    async run(session) {
      const tab = await session.newTab(session.extensionUrl('src/reader/index.html?id=00000000-0000-4000-8000-000000000000'));
      const reader = new ReaderPage(tab);
      await reader.waitForProblem();
      assert.equal((await reader.problem())?.title, 'This reading view has expired');
      await tab.close();
    },
  },
  {
    name: 'the open-reader command reads the page into the reader',
    browsers: ['chromium'], // no driver can send Firefox a shortcut or fire its listener
    async run(session) {
      const articleUrl = `${session.server.origin}/seed-article/?command`;
      const tab = await session.newTab(articleUrl);
      await dispatchInWorker(session, 'command', tab);
      const reader = await ReaderPage.opened(tab);
      assert.equal((await reader.article()).title, SEED_TITLE);
      await tab.back();
      await tab.waitForUrl((url) => url === articleUrl);
      await tab.close();
    },
  },
  {
    name: 'the context menu entry exists and reads the page into the reader',
    browsers: ['chromium'],
    async run(session) {
      // update() fails for an entry that was never created.
      await session.inExtension(() => chrome.contextMenus.update('open-reader', {}));
      const tab = await session.newTab(`${session.server.origin}/seed-article/?menu`);
      await dispatchInWorker(session, 'menu', tab);
      const reader = await ReaderPage.opened(tab);
      assert.ok((await reader.article()).bodyText.includes('Meta CEO Mark Zuckerberg stated on Wednesday'));
      await tab.close();
    },
  },
  {
    name: 'a page that is not an article shows the reader explaining why, with a way back',
    browsers: ['chromium'],
    async run(session) {
      const url = `${session.server.origin}/not-an-article/`;
      const tab = await session.newTab(url);
      await dispatchInWorker(session, 'menu', tab);
      const reader = new ReaderPage(tab);
      await reader.waitForProblem();
      const problem = await reader.problem();
      assert.equal(problem?.title, 'This page doesn’t look like an article');
      assert.ok(problem?.text.includes('Try anyway'), problem?.text);
      assert.equal(problem?.url, url);
      await reader.problemBack();
      await tab.waitForUrl((now) => now === url);
      await tab.close();
    },
  },
  {
    name: 'a browser page shows the reader explaining why',
    browsers: ['chromium'],
    async run(session) {
      const tab = await session.newTab('chrome://version/');
      await dispatchInWorker(session, 'command', tab);
      const reader = new ReaderPage(tab);
      await reader.waitForProblem();
      assert.equal((await reader.problem())?.title, 'This is a browser page');
      await reader.problemBack();
      await tab.waitForUrl((url) => url === 'chrome://version/');
      await tab.close();
    },
  },
];
