import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FIXTURES_ROOT } from '../../harness/fixture-server';
import { eventually, type ExtensionSession, type Tab } from '../../harness/views';
import { ReaderPage } from '../pages/reader';
import { putHandoff } from './extension-storage';
import type { Flow } from './flow';
import { openReader } from './reader';

/**
 * The hostile-page corpus (tests/fixtures/hostile/): each page opened through the real flow, and handed raw
 * to the reader through storage.session. Nothing of it may run, fetch or cover the reader's controls.
 */
interface HostilePage {
  name: string;
  /** The payload's own delay (a meta refresh), waited for before looking: not a guess at speed. */
  settleMs: number;
}

const pages = JSON.parse(readFileSync(`${FIXTURES_ROOT}hostile/pages.json`, 'utf8')) as HostilePage[];

/** Records what would show that something ran: dialogs, and requests under /pwned from now on (or from `fromNow()`). */
function watch(tab: Tab, session: ExtensionSession) {
  const clear = () => {
    session.server.requests.length = 0;
  };
  clear();
  const dialogs: string[] = [];
  tab.onDialog((message) => dialogs.push(message));
  return { dialogs, fromNow: clear, pwnedRequests: () => session.server.requests.filter((path) => path.startsWith('/pwned')) };
}

/** Pokes the reader as a person would: clicks the links that are not web links, hovers and clicks a paragraph. */
async function poke(tab: Tab): Promise<void> {
  const links = '.article-body a:not([href^="http"])';
  const count = await tab.evaluate((links) => document.querySelectorAll(links).length, links);
  for (let index = 0; index < count; index++) await tab.click(links, { index, timeout: 2000 }).catch(() => undefined);
  await tab.hover('.article-body p');
  await tab.click('.article-body p');
}

/** Everything in the reader's DOM that could run or fetch, and whether the reader's own controls are on top. */
function inspectReader(tab: Tab) {
  return tab.evaluate(() => {
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
    const ext = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    return {
      bad,
      marker: (window as unknown as { __pwned?: unknown }).__pwned ?? (window.top as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
      baseURI: document.baseURI,
      backOnTop: document.elementFromPoint(back.left + back.width / 2, back.top + back.height / 2)?.closest('.back') !== null,
      articleShown: (body.textContent ?? '').includes('The harbour town woke slowly'),
      bodyVisible: getComputedStyle(document.querySelector('main')!).display !== 'none',
      getElementById: typeof document.getElementById,
      extensionApi: typeof ext?.storage?.local?.get,
    };
  });
}

async function expectNothingRan(session: ExtensionSession, tab: Tab, seen: ReturnType<typeof watch>, settleMs: number): Promise<void> {
  await eventually(() => tab.evaluate(() => document.readyState), (state) => state === 'complete', 'the reader to finish loading');
  await poke(tab);
  if (settleMs) await new Promise((resolve) => setTimeout(resolve, settleMs));
  const state = await inspectReader(tab);
  assert.deepEqual(
    { marker: state.marker, bad: state.bad, dialogs: seen.dialogs, pwned: seen.pwnedRequests() },
    { marker: null, bad: [], dialogs: [], pwned: [] },
  );
  assert.notEqual(state.title, 'pwned');
  assert.ok(state.baseURI.startsWith(session.extensionUrl('src/reader/index.html')), state.baseURI);
  assert.deepEqual(
    { backOnTop: state.backOnTop, articleShown: state.articleShown, bodyVisible: state.bodyVisible, getElementById: state.getElementById, extensionApi: state.extensionApi },
    { backOnTop: true, articleShown: true, bodyVisible: true, getElementById: 'function', extensionApi: 'function' },
  );
  assert.ok(ReaderPage.isReaderUrl(await tab.url()), await tab.url());
}

const bodyOf = (name: string, origin: string) =>
  /<body[^>]*>([\s\S]*)<\/body>/i.exec(readFileSync(`${FIXTURES_ROOT}hostile/${name}/index.html`, 'utf8').replaceAll('{{ORIGIN}}', origin))![1]!;

export const hostileFlows: Flow[] = pages.flatMap(({ name, settleMs }): Flow[] => [
  {
    name: `hostile page "${name}": opened through the real flow, nothing of it runs in the reader`,
    async run(session) {
      const tab = await session.newTab(`${session.server.origin}/hostile/${name}/`);
      const seen = watch(tab, session);
      await openReader(session, tab);
      // Requests count from the reader on: the live page's own timers (the meta-refresh page's 2 s) may fire
      // before a slow machine gets to "Read", and that is the page, not the reader.
      seen.fromNow();
      await expectNothingRan(session, tab, seen, settleMs);
      await tab.close();
    },
  },
  {
    name: `hostile page "${name}": handed raw to the reader through storage.session, the reader sanitises it itself`,
    async run(session) {
      const url = `${session.server.origin}/hostile/${name}/`;
      const article = {
        url, title: 'Harbour breakwater faces its first winter', byline: null, siteName: 'Test Gazette', lang: 'en', dir: null,
        publishedTime: null, excerpt: null, summary: [], leadImage: null, contentHtml: bodyOf(name, session.server.origin), textContent: '',
        wordCount: 300, readingMinutes: 2, removed: [], readerable: true,
      };
      const tab = await session.newTab('about:blank');
      const id = await putHandoff(session, { kind: 'article', article, canonicalUrl: url }, tab.id);
      const seen = watch(tab, session);
      await tab.goto(session.extensionUrl(`src/reader/index.html?id=${id}`));
      await new ReaderPage(tab).waitForArticle();
      await expectNothingRan(session, tab, seen, settleMs);
      await tab.close();
    },
  },
]);
