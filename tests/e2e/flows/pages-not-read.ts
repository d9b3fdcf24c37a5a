import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { artifactPath, type BrowserName, type ExtensionSession } from '../../harness/views';
import { PopupPage } from '../pages/popup';
import type { Flow } from './flow';

const PROTECTED = 'This page is protected';
const NOT_AN_ARTICLE = 'This page doesn’t look like an article';

/**
 * Opens `url` in a tab, opens the popup about it, and returns the title of its message ('CARD' for a card) and
 * whether the browser showed the extension the tab's address (with the popup open, activeTab granted).
 */
async function messageFor(session: ExtensionSession, url: string): Promise<{ title: string; addressShown: boolean }> {
  const tab = await session.newTab(url);
  const popup = await PopupPage.open(session, tab);
  try {
    const title = (await popup.message())?.title ?? 'CARD';
    const addressShown = await session.inExtension(async (id: number) => {
      const ext = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
      return Boolean((await ext.tabs.get(id)).url);
    }, tab.id);
    return { title, addressShown };
  } finally {
    await popup.close();
    await tab.close();
  }
}

/** Firefox's major version (runtime.getBrowserInfo is Firefox's own). */
async function firefoxVersion(session: ExtensionSession): Promise<number> {
  const { version } = await session.inExtension(() =>
    (globalThis as unknown as { browser: { runtime: { getBrowserInfo(): Promise<{ version: string }> } } }).browser.runtime.getBrowserInfo(),
  );
  return Number.parseInt(version, 10);
}

/** A flow that expects, for each address, the message each browser's popup gives. */
/**
 * What a browser's popup should say: one message, or one for when the browser shows the extension the tab's
 * address and another for when it hides it (Chromium 150 shows about:blank, view-source: and data: addresses to
 * activeTab, later versions hide them; only the refusal is known then).
 */
type Expected = string | { shown: string; hidden: string };

function expectMessages(
  name: string,
  pages: (origin: string, firefoxMajor: number | null) => Record<string, { url: string | Record<BrowserName, string> } & Record<BrowserName, Expected>>,
): Flow {
  return {
    name,
    async run(session) {
      const seen: Record<string, string> = {};
      const expected: Record<string, string> = {};
      const firefoxMajor = session.browser === 'firefox' ? await firefoxVersion(session) : null;
      for (const [label, page] of Object.entries(pages(session.server.origin, firefoxMajor))) {
        const { title, addressShown } = await messageFor(session, typeof page.url === 'string' ? page.url : page.url[session.browser]);
        const expect = page[session.browser];
        seen[label] = title;
        expected[label] = typeof expect === 'string' ? expect : addressShown ? expect.shown : expect.hidden;
      }
      assert.deepEqual(seen, expected);
    },
  };
}

const NOT_ARTICLES = ['search-results', 'app-shell', 'empty', 'image-only', 'frameset'];

export const pagesNotReadFlows: Flow[] = [
  expectMessages('browser pages and view-source: say the browser does not let the extension read them', (origin) => ({
    // Chromium shows chrome:// addresses to activeTab; about:blank and view-source: it shows or hides by
    // version (Firefox hides them), and hidden, the refusal is all the popup knows. Firefox answers
    // about:robots with an empty result.
    'browser page': { url: { chromium: 'chrome://version/', firefox: 'about:robots' }, chromium: 'This is a browser page', firefox: PROTECTED },
    'about:blank': { url: 'about:blank', chromium: { shown: 'This is a browser page', hidden: PROTECTED }, firefox: PROTECTED },
    'view-source:': { url: `view-source:${origin}/seed-article/`, chromium: { shown: 'This is a browser page', hidden: PROTECTED }, firefox: PROTECTED },
  })),
  expectMessages('a data: URL (the browser refuses injection; the popup names it when it sees the address)', () => ({
    'data:': { url: 'data:text/html,<h1>Hello</h1><p>Some text.</p>', chromium: { shown: 'Not a web page', hidden: PROTECTED }, firefox: PROTECTED },
  })),
  // Without .pdf in its address, Firefox 142 and later give the viewer's tab its PDF icon, the one sign of a PDF
  // an extension sees; Firefox ESR 140 gives none (no icon, and the same refusal as any protected page).
  expectMessages('PDFs in the browser viewer, with and without .pdf in the address', (origin, firefoxMajor) => ({
    '.pdf': { url: `${origin}/pdf/report.pdf`, chromium: 'PDFs cannot be read here', firefox: 'PDFs cannot be read here' },
    'no .pdf': { url: `${origin}/pdf/report.pdfdata`, chromium: 'PDFs cannot be read here', firefox: firefoxMajor !== null && firefoxMajor < 142 ? PROTECTED : 'PDFs cannot be read here' },
  })),
  // Chromium: an extension loaded with --load-extension may read file:// pages, so a saved page is read like
  // any other ("no access to file URLs" is unit-tested). Firefox gives a temporary add-on no file access.
  expectMessages('a local file', () => {
    const file = artifactPath('clean-reader-local-article.html');
    writeFileSync(file, '<title>Local</title><body><p>Just one line.</p></body>');
    return { file: { url: `file://${file}`, chromium: NOT_AN_ARTICLE, firefox: PROTECTED } };
  }),
  {
    name: 'a page that is not an article offers "Try anyway", which makes a card of it',
    async run(session) {
      const tab = await session.newTab(`${session.server.origin}/not-an-article/`);
      const popup = await PopupPage.open(session, tab);
      assert.deepEqual(await popup.message(), {
        title: NOT_AN_ARTICLE,
        text: await popup.view.evaluate(() => (document.querySelector('.status-message') as HTMLElement).innerText),
        canTryAnyway: true,
      });
      await popup.tryAnyway();
      assert.equal((await popup.card())?.title, 'Acme Shop – Home');
      await popup.close();
      await tab.close();
    },
  },
  ...NOT_ARTICLES.map(
    (name): Flow => ({
      name: `${name}: says it is not an article, and "Try anyway" ends on a card or a clear message`,
      async run(session) {
        const tab = await session.newTab(`${session.server.origin}/not-articles/${name}.html`);
        const popup = await PopupPage.open(session, tab);
        assert.equal((await popup.message())?.title, NOT_AN_ARTICLE);
        await popup.tryAnyway();
        const message = await popup.message();
        const card = await popup.card();
        assert.ok(card || message?.title === 'Nothing to read here', `ended on ${JSON.stringify(message)}`);
        assert.equal(message?.canTryAnyway ?? false, false);
        // Whatever happened, the popup never ends blank.
        assert.ok((await popup.view.evaluate(() => document.body.innerText.trim())).length > 10);
        await popup.close();
        await tab.close();
      },
    }),
  ),
];
