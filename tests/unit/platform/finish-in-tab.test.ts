import { JSDOM } from 'jsdom';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedPage } from '../../../src/core';
import { KEPT_PAGE_GLOBAL, PAGE_EXTRACTOR_GLOBAL, PAGE_FINISHER_GLOBAL, type KeptPage, type PageExtractor } from '../../../src/platform/messages';
import { sampleArticle } from '../../harness/article';

// The tab, replaced: `func` runs here as in the page's isolated world, and injecting the finisher's file installs
// the real finisher (src/content/page-finisher.ts) on this global, as the built script does.
const tab = vi.hoisted(() => ({
  finisher: null as unknown,
  injections: [] as string[][],
  /** What each finisher round carried to the page: its arguments after the finisher's name. */
  rounds: [] as unknown[][],
  refuse: null as Error | null,
  injectionError: null as string | null,
  /** What injecting a file installs besides the finisher (the extractor, in the tests that start without it). */
  installs: null as (() => void) | null,
}));
vi.mock('../../../src/platform/browser', () => ({
  default: {
    scripting: {
      executeScript: async ({ func, args, files }: { func?: (...a: unknown[]) => unknown; args?: unknown[]; files?: string[] }) => {
        if (tab.refuse) throw tab.refuse;
        if (files) {
          tab.injections.push(files);
          if (tab.injectionError) return [{ error: tab.injectionError }];
          (globalThis as Record<string, unknown>)[PAGE_FINISHER_GLOBAL] = tab.finisher;
          tab.installs?.();
          return [{ result: undefined }];
        }
        tab.rounds.push((args ?? []).slice(1));
        // What crosses between the page and the popup is structured-cloned.
        return [{ result: structuredClone(func!(...structuredClone(args ?? []))) }];
      },
    },
  },
}));

// The page's window, which the finisher sanitises with (this suite runs in Node, where the virtual modules resolve).
vi.stubGlobal('window', new JSDOM('').window);
// Test files share their worker's globals (isolate: false): a `window` left here would, for one, make
// fake-indexeddb install itself on it instead of on globalThis in a file that runs later in the same worker.
afterAll(() => vi.unstubAllGlobals());

const { extractFromTab, finishCardInTab, keptArticleInTab } = await import('../../../src/platform/page-extraction');
const { extractWithCardFromTab } = await import('../../../src/platform/popup-extraction');
// The module installs the finisher when it runs; the tab above installs it again on each injection.
await import('../../../src/content/page-finisher');
tab.finisher = (globalThis as Record<string, unknown>)[PAGE_FINISHER_GLOBAL];

const BODY =
  '<p>The harbour reopened on Monday after a storm kept it shut for a week.</p>' +
  '<p>Ferries to the islands run again on the usual timetable from Tuesday morning.</p><img src="x" onerror="alert(1)">';
const article = sampleArticle({ contentHtml: BODY });
delete (globalThis as Record<string, unknown>)[PAGE_FINISHER_GLOBAL];

const page: ExtractedPage = (({ summary: _s, publisherSummary: _p, contentHtml, ...fields }) => ({
  ...fields,
  markup: contentHtml,
  publisherCandidate: { text: 'Storm damage kept the harbour shut for a week; it reopened on Monday after repairs.', source: 'meta' },
}))(article);

/** An extracted body as the pipeline leaves it in the page: an element of the page's private copy. */
function extractedBody(html: string): Element {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;
}

/** The page as the extractor leaves it: its extraction kept under `id`, with the body it was read from. */
function keepInPage(id: string, body = extractedBody(BODY)) {
  const kept: KeptPage = { id, page, body };
  (globalThis as Record<string, unknown>)[KEPT_PAGE_GLOBAL] = kept;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[PAGE_EXTRACTOR_GLOBAL];
  delete (globalThis as Record<string, unknown>)[PAGE_FINISHER_GLOBAL];
  delete (globalThis as Record<string, unknown>)[KEPT_PAGE_GLOBAL];
  tab.injections.length = 0;
  tab.rounds.length = 0;
  tab.refuse = null;
  tab.injectionError = null;
  tab.installs = null;
});

describe('finishing in the page what it extracted (the popup)', () => {
  it('sends only the kept extraction’s id, injects the finisher the first time only, and answers the card’s part', async () => {
    keepInPage('a1');
    const card = await finishCardInTab(3, 'a1', page);
    expect(Object.keys(card as object).sort()).toEqual(['lang', 'publisherSummary', 'summary']);
    expect((card as { summary: string[] }).summary.length).toBeGreaterThan(0);
    expect(await finishCardInTab(3, 'a1', page)).toEqual(card);
    expect(tab.injections).toEqual([['/src/content/page-finisher.js']]);
    // Rounds: before the finisher was injected, after, and the second card; none carried the page.
    expect(tab.rounds).toEqual([['card', 'a1', null], ['card', 'a1', null], ['card', 'a1', null]]);
  });

  it('reads the key points from the body the page kept, which never crosses', async () => {
    keepInPage('a1', extractedBody('<p>The ferry company thanked the harbour crews for working through the storm.</p>'));
    const card = (await finishCardInTab(3, 'a1', page)) as { summary: string[] };
    expect(card.summary).toEqual(['The ferry company thanked the harbour crews for working through the storm.']);
    expect(JSON.stringify(tab.rounds)).not.toContain('ferry company');
    // Once read, the page lets its private copy go; the card stays for "Read".
    const entry = (globalThis as Record<string, unknown>)[KEPT_PAGE_GLOBAL] as KeptPage;
    expect(entry.body).toBeUndefined();
    expect(entry.card?.summary).toEqual(card.summary);
  });

  it('sends the page itself when the page no longer holds that extraction (reloaded, extracted again)', async () => {
    keepInPage('other');
    const card = await finishCardInTab(3, 'a1', page);
    expect((card as { summary: string[] }).summary.length).toBeGreaterThan(0);
    expect(tab.rounds.at(-2)).toEqual(['card', 'a1', null]);
    expect(tab.rounds.at(-1)).toEqual(['card', 'a1', page]);
    // The page keeps what it was sent, so the body can be asked for later by the id alone.
    expect(await keptArticleInTab(3, 'a1')).toMatchObject({ title: article.title, summary: (card as { summary: string[] }).summary });
  });

  it('answers the whole article, body sanitised and summaries as the card’s, only when asked for it', async () => {
    keepInPage('a1');
    const card = (await finishCardInTab(3, 'a1', page)) as { summary: string[] };
    const whole = (await keptArticleInTab(3, 'a1')) as { contentHtml: string; summary: string[] };
    expect(whole.summary).toEqual(card.summary);
    expect(whole.contentHtml).toContain('The harbour reopened on Monday after a storm');
    expect(whole.contentHtml).not.toContain('onerror');
  });

  it('answers not-kept for the whole article of an extraction the page no longer holds', async () => {
    keepInPage('a1');
    await finishCardInTab(3, 'a1', page);
    keepInPage('a2');
    expect(await keptArticleInTab(3, 'a1')).toBe('not-kept');
  });

  it('rejects when the tab refuses scripts, so the popup finishes the article itself', async () => {
    tab.refuse = new Error('Cannot access contents of the page.');
    await expect(finishCardInTab(3, 'a1', page)).rejects.toThrow('Cannot access contents');
    await expect(keptArticleInTab(3, 'a1')).rejects.toThrow('Cannot access contents');
  });

  it('starts on the card in a page that holds the finisher once the extraction’s answer is on its way', async () => {
    const scope = globalThis as Record<string, unknown>;
    const extractor: PageExtractor = {
      extract: () => {
        keepInPage('a1');
        return { kind: 'article', page, pageId: 'a1', canonicalUrl: article.url, extractionMs: 1 };
      },
      head: () => null,
    };
    scope[PAGE_EXTRACTOR_GLOBAL] = extractor;
    scope[PAGE_FINISHER_GLOBAL] = tab.finisher;
    expect(await extractFromTab({ id: 3, url: article.url }, { force: false })).toMatchObject({ kind: 'article', pageId: 'a1' });
    const entry = scope[KEPT_PAGE_GLOBAL] as KeptPage;
    // Not in the extraction's own round: its answer goes first.
    expect(entry.card).toBeUndefined();
    await new Promise((next) => setTimeout(next));
    expect(entry.card?.summary.length).toBeGreaterThan(0);
    // The popup's finishing round then only picks it up.
    expect(await finishCardInTab(3, 'a1', page)).toEqual(entry.card);
  });

  it('asks for the card of an extraction in the same breath as the extraction, under an id it chose', async () => {
    const scope = globalThis as Record<string, unknown>;
    const extractor: PageExtractor = {
      extract: ({ keepAs }) => {
        keepInPage(keepAs!);
        return { kind: 'article', page, pageId: keepAs!, canonicalUrl: article.url, extractionMs: 1 };
      },
      head: () => null,
    };
    scope[PAGE_EXTRACTOR_GLOBAL] = extractor;
    scope[PAGE_FINISHER_GLOBAL] = tab.finisher;
    const reading = extractWithCardFromTab({ id: 3, url: article.url }, { force: false });
    // The head's, the extraction's and the card's rounds are on their way before any answer is back.
    expect(tab.rounds).toHaveLength(3);
    const answer = await reading.answer;
    const card = await reading.card;
    expect(answer.kind === 'article' && answer.pageId).toBe(card?.pageId);
    expect(card?.card).toEqual((scope[KEPT_PAGE_GLOBAL] as KeptPage).card);
    expect((card?.card as { summary: string[] }).summary.length).toBeGreaterThan(0);
  });

  it('has no card to give with the extraction where the page had no finisher yet, or did not extract in that round', async () => {
    const scope = globalThis as Record<string, unknown>;
    const extractor: PageExtractor = {
      extract: ({ keepAs }) => {
        keepInPage(keepAs!);
        return { kind: 'article', page, pageId: keepAs!, canonicalUrl: article.url, extractionMs: 1 };
      },
      head: () => null,
    };
    scope[PAGE_EXTRACTOR_GLOBAL] = extractor;
    const withoutFinisher = extractWithCardFromTab({ id: 3, url: article.url }, { force: false });
    expect(await withoutFinisher.card).toBeNull();
    expect((await withoutFinisher.answer).kind).toBe('article');
    // An extractor that answered without extracting: the page still holds the earlier extraction, which is not asked for.
    scope[PAGE_FINISHER_GLOBAL] = tab.finisher;
    scope[PAGE_EXTRACTOR_GLOBAL] = { extract: () => ({ kind: 'problem', problem: { kind: 'error', message: 'x' } }), head: () => null } satisfies PageExtractor;
    keepInPage('earlier');
    const refused = extractWithCardFromTab({ id: 3, url: article.url }, { force: false });
    expect(await refused.card).toBeNull();
    expect((scope[KEPT_PAGE_GLOBAL] as KeptPage).card).toBeUndefined();
  });

  it('asks for the card’s head in a round before the extraction’s, so the page answers it before extracting', async () => {
    const scope = globalThis as Record<string, unknown>;
    const calls: string[] = [];
    const head = { title: 'Harbour reopens', siteName: 'News Example' };
    scope[PAGE_EXTRACTOR_GLOBAL] = {
      extract: ({ keepAs }) => {
        calls.push('extract');
        keepInPage(keepAs!);
        return { kind: 'article', page, pageId: keepAs!, canonicalUrl: article.url, extractionMs: 1 };
      },
      head: ({ force }) => (calls.push(`head ${force}`), head as never),
    } satisfies PageExtractor;
    const reading = extractWithCardFromTab({ id: 3, url: article.url }, { force: false });
    expect(await reading.head).toEqual(head);
    expect((await reading.answer).kind).toBe('article');
    expect(calls).toEqual(['head false', 'extract']);
  });

  it('asks for the head again once the extractor is injected, before extracting; null where no head comes', async () => {
    const scope = globalThis as Record<string, unknown>;
    const calls: string[] = [];
    // Before the extractor is there, the page is looked at once for special markup.
    vi.stubGlobal('document', new JSDOM('<p>Plain</p>').window.document);
    tab.installs = () => {
      scope[PAGE_EXTRACTOR_GLOBAL] = {
        extract: ({ keepAs }) => {
          calls.push('extract');
          keepInPage(keepAs!);
          return { kind: 'article', page, pageId: keepAs!, canonicalUrl: article.url, extractionMs: 1 };
        },
        head: () => (calls.push('head'), { title: 'Harbour reopens' } as never),
      } satisfies PageExtractor;
    };
    const cold = extractWithCardFromTab({ id: 3, url: article.url }, { force: true });
    expect(await cold.head).toEqual({ title: 'Harbour reopens' });
    expect((await cold.answer).kind).toBe('article');
    expect(calls).toEqual(['head', 'extract']);
    // A tab that refuses scripts gives no head, and the answer says why.
    tab.refuse = new Error('Cannot access contents of the page.');
    const refused = extractWithCardFromTab({ id: 3, url: article.url }, { force: false });
    expect(await refused.head).toBeNull();
    expect((await refused.answer).kind).toBe('problem');
  });

  it('rejects when the finisher failed to load (Firefox reports it in the result)', async () => {
    tab.injectionError = 'SyntaxError';
    await expect(finishCardInTab(3, 'a1', page)).rejects.toThrow('SyntaxError');
  });
});
