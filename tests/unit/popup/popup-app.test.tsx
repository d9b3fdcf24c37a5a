// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, PageProblem } from '../../../src/core';
import { sourceMessages } from '../../../src/locales/messages';
import type { PageAnswer, PageResult } from '../../../src/platform/messages';
import { PopupApp } from '../../../src/popup/popup-app';
import type { PopupServices } from '../../../src/popup/services';
import type { HandoffPayload } from '../../../src/storage/session-handoff';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { ReactionStore } from '../../../src/reactions/store';
import { installMessages } from '../../../src/ui/i18n';
import { createRoot, settle, show as showIn, unmount } from '../../harness/preact';
import { sampleArticle } from '../../harness/article';
import { fakeSummarizer } from '../../harness/summarizer';
import { freshKeptStore } from '../../harness/library';
import type { SummarizerLike } from '../../../src/platform/on-device-summarizer';
// The popup loads it on demand; loaded here first, the tests wait for the card, not for the module's transform.
import '../../../src/platform/on-device-summarizer';
import { summarySettings } from '../../../src/storage/summary-settings';

const article = sampleArticle();

const MODEL_POINTS = '* The harbour is open again.\n* Ferries sail on Monday.';

const finishedArticles = new WeakMap<object, Article>();

/** What the page answers for `result`: the article without its summaries, which the popup computes. */
function asPageAnswer({ article: finished, ...rest }: Extract<PageResult, { kind: 'article' }>): PageAnswer {
  const { summary: _summary, publisherSummary, contentHtml: markup, ...fields } = finished;
  const page = { ...fields, markup, publisherCandidate: publisherSummary ? { text: publisherSummary, source: 'meta' as const } : null };
  finishedArticles.set(page, finished);
  return { ...rest, page, pageId: 'kept-1' };
}

function fakeServices(results: PageResult[], area = new MemoryStorageArea(), summarizer?: SummarizerLike) {
  const requests: boolean[] = [];
  const badges: [number, string | null][] = [];
  const opened: { tabId: number; payload: HandoffPayload }[] = [];
  const services: PopupServices & { requests: boolean[]; badges: typeof badges; opened: typeof opened; closed: boolean; bodiesAsked: number } = {
    requests,
    badges,
    opened,
    closed: false,
    bodiesAsked: 0,
    openReader: async (tabId, payload) => {
      opened.push({ tabId, payload });
    },
    close: () => {
      services.closed = true;
    },
    targetTab: async () => ({ id: 7, url: article.url }),
    extract: async (_tab, { force }) => {
      requests.push(force);
      const result = results.shift() ?? { kind: 'problem', problem: { kind: 'error', message: 'no more results' } };
      return result.kind === 'article' ? asPageAnswer(result) : result;
    },
    // The finished article is the one the test gave, as the page extracted it plus its key points.
    finish: async (page) => {
      const { lang, summary, publisherSummary } = finishedArticles.get(page)!;
      return { lang, summary, publisherSummary };
    },
    article: async (page) => {
      services.bodiesAsked++;
      return finishedArticles.get(page)!;
    },
    reactions: new ReactionStore(area),
    kept: freshKeptStore(),
    setBadge: async (tabId, text) => {
      badges.push([tabId, text]);
    },
    openHistory: async () => undefined,
    summarySettings: summarySettings(area),
    summarizer,
  };
  return services;
}

let root: HTMLElement;
beforeEach(() => {
  installMessages(sourceMessages('en'));
  // The lead image's fetch fails at once, as offline: no request leaves the test, and the card falls back to the
  // plain image within the same settling rounds however slow the machine's name lookups are.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
  root = createRoot('main');
});
afterEach(async () => {
  await unmount(root);
  root.remove();
  vi.unstubAllGlobals();
});

/** Shows the popup and lets pending promises (storage, extraction, the fake model) settle. */
async function show(services: PopupServices) {
  await showIn(<PopupApp services={services} />, root);
  await settle();
}

async function click(selector: string) {
  await act(async () => (root.querySelector(selector) as HTMLButtonElement).click());
  await settle();
}

describe('PopupApp on fake services', () => {
  it('shows the card: site, title, reading time, key points, lead image and seven reactions', async () => {
    await show(fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }]));
    expect(root.querySelector('.title')?.textContent).toBe('Harbour reopens after storm');
    expect(root.querySelector('.site')?.textContent).toBe('News Example');
    expect(root.querySelector('.meta')?.textContent).toMatch(/^2 min read · /);
    expect([...root.querySelectorAll('.summary li')].map((li) => li.textContent)).toEqual(article.summary);
    expect(root.querySelector('.lead-image img')?.getAttribute('alt')).toBe('The harbour');
    expect([...root.querySelectorAll('[role=radio]')].map((b) => b.getAttribute('aria-label') ?? b.textContent)).toHaveLength(7);
  });

  it('shows the card in its first frame, before any frame or timer, when the extraction has already answered', async () => {
    render(<PopupApp services={fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }])} />, root);
    // Promises only: no animation frame and no timer has run (a plain effect would wait for both).
    for (let tick = 0; tick < 20; tick++) await Promise.resolve();
    expect(root.querySelector('.title')?.textContent).toBe('Harbour reopens after storm');
    expect(root.querySelector('.loading')).toBeNull();
  });

  it('says what clutter it hid in one line that opens to one line per block, and nothing when it hid none', async () => {
    const removed: Article['removed'] = [
      { kind: 'ads', count: 2, labels: [] },
      { kind: 'reactions', count: 1, labels: ["What's Your Reaction?"] },
      { kind: 'meta', count: 1, labels: ['Posted on 3 March 2025 by Admin'] },
    ];
    await show(fakeServices([{ kind: 'article', article: { ...article, removed }, canonicalUrl: 'https://news.example/a', extractionMs: 3 }]));
    expect(root.querySelector('.removed-clutter summary')?.textContent).toBe('Hid: reaction widget, 2 ads, post details line');
    expect([...root.querySelectorAll('.removed-clutter li')].map((li) => li.textContent)).toEqual([
      'reaction widget: “What\'s Your Reaction?”',
      '2 ads',
      'post details line: “Posted on 3 March 2025 by Admin”',
    ]);
    await unmount(root);
    await show(fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }]));
    expect(root.querySelector('.removed-clutter')).toBeNull();
  });

  it('shows title and site with the key points’ place kept until they are computed, then the points', async () => {
    const services = fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }]);
    let release: () => void = () => undefined;
    const finish = services.finish;
    services.finish = (page) => new Promise((done) => (release = () => done(finish(page))));
    await show(services);
    expect(root.querySelector('.title')?.textContent).toBe('Harbour reopens after storm');
    expect(root.querySelector('.summary.pending')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelectorAll('.summary.pending .skeleton.line').length).toBeGreaterThan(0);
    expect(root.querySelector('.summary li')).toBeNull();
    await act(async () => release());
    await settle();
    expect(root.querySelector('.summary.pending')).toBeNull();
    expect([...root.querySelectorAll('.summary li')].map((li) => li.textContent)).toEqual(article.summary);
  });

  it('paints the head the page gave before extracting, places kept, then the extraction replaces it in place', async () => {
    const services = fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }]);
    let release: () => void = () => undefined;
    const extract = services.extract;
    services.extract = async (tab, request, onHead) => {
      onHead?.({
        url: article.url,
        title: 'Harbour reopens',
        siteName: 'News Example',
        lang: 'en',
        dir: null,
        leadImage: { src: 'https://news.example/other.jpg', alt: '' },
        paragraphWords: 2_000,
      });
      await new Promise<void>((done) => (release = done));
      return extract(tab, request);
    };
    await show(services);
    expect(root.querySelector('.title')?.textContent).toBe('Harbour reopens');
    expect(root.querySelector('.site')?.textContent).toBe('News Example');
    expect(root.querySelector('.lead-image img')?.getAttribute('data-source')).toBe('https://news.example/other.jpg');
    // No reading time before the extraction; Read waits for it; the "Hid" line's and the points' places are kept.
    expect(root.querySelector('.meta')?.textContent).toBe('');
    expect((root.querySelector('.read-button') as HTMLButtonElement).disabled).toBe(true);
    expect(root.querySelector('.hid-line .skeleton')).not.toBeNull();
    // 2,000 words of paragraphs: a long read, five points' place.
    expect(root.querySelector('.summary.pending')?.getAttribute('data-points')).toBe('5');
    const imageTile = root.querySelector('.lead-image');
    await act(async () => release());
    await settle();
    expect(root.querySelector('.title')?.textContent).toBe('Harbour reopens after storm');
    expect(root.querySelector('.meta')?.textContent).toMatch(/^2 min read · /);
    expect(root.querySelector('.hid-line .skeleton')).toBeNull();
    // The same tile, now with the extraction's image.
    expect(root.querySelector('.lead-image')).toBe(imageTile);
    expect(root.querySelector('.lead-image img')?.getAttribute('alt')).toBe('The harbour');
    expect((root.querySelector('.read-button') as HTMLButtonElement).disabled).toBe(false);
  });

  it('never shows a head over the answer it came before, nor over a page that is not an article', async () => {
    const services = fakeServices([{ kind: 'problem', problem: { kind: 'not-article', title: 'Home', reason: 'no-content' } }]);
    let late: () => void = () => undefined;
    const extract = services.extract;
    services.extract = async (tab, request, onHead) => {
      late = () => onHead?.({ url: article.url, title: 'Home', siteName: null, lang: null, dir: null, leadImage: null, paragraphWords: 0 });
      return extract(tab, request);
    };
    await show(services);
    await act(async () => late());
    await settle();
    expect(root.querySelector('.card')).toBeNull();
    expect(root.querySelector('.status-message')).not.toBeNull();
  });

  it('"Read" before the key points are computed waits for them and hands them to the reader', async () => {
    const services = fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }]);
    let release: () => void = () => undefined;
    const finish = services.finish;
    services.finish = (page) => new Promise((done) => (release = () => done(finish(page))));
    await show(services);
    await click('.read-button');
    expect(services.opened).toHaveLength(0);
    await act(async () => release());
    await settle();
    expect(services.opened).toHaveLength(1);
    expect(services.opened[0]!.payload).toMatchObject({ kind: 'article', article: { title: article.title, summary: article.summary } });
  });

  it('"Read" hands the article and the key points shown to the reader in the article’s tab, then closes', async () => {
    const services = fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }]);
    await show(services);
    await click('.read-button');
    expect(services.opened).toHaveLength(1);
    const { tabId, payload } = services.opened[0]!;
    expect(tabId).toBe(7);
    expect(payload).toMatchObject({ kind: 'article', canonicalUrl: 'https://news.example/a', article: { title: article.title, summary: article.summary } });
    expect(services.closed).toBe(true);
  });

  it('asks for the article’s body only when it is read or kept, not to show the card', async () => {
    const services = fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }]);
    await show(services);
    expect(root.querySelectorAll('.summary li')).toHaveLength(article.summary.length);
    expect(services.bodiesAsked).toBe(0);
    await click('[data-reaction=love]');
    expect(services.bodiesAsked).toBe(1);
    expect(await services.kept.get('https://news.example/a')).toMatchObject({ article: { contentHtml: article.contentHtml, summary: article.summary } });
    await click('.read-button');
    expect(services.opened[0]!.payload).toMatchObject({ kind: 'article', article: { contentHtml: article.contentHtml } });
  });

  it('says the key points are picked offline by default, and never asks the on-device model unasked', async () => {
    const { summarizer, calls } = fakeSummarizer();
    await show(fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }], new MemoryStorageArea(), summarizer));
    expect(root.querySelector('.summary-source')?.getAttribute('data-source')).toBe('extractive');
    expect(root.querySelector('.summary-source')?.textContent).toBe('Picked from the article by Clean Reader, offline.');
    expect(calls.availability).toEqual([]);
    expect(calls.create).toEqual([]);
  });

  it('uses the on-device model when chosen and available, and says so', async () => {
    const area = new MemoryStorageArea();
    await summarySettings(area).set({ summarizer: 'on-device' });
    await show(fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }], area, fakeSummarizer({ output: MODEL_POINTS }).summarizer));
    await settle();
    expect([...root.querySelectorAll('.summary li')].map((li) => li.textContent)).toEqual(['The harbour is open again.', 'Ferries sail on Monday.']);
    expect(root.querySelector('.summary-source')?.getAttribute('data-source')).toBe('on-device');
  });

  it('keeps the offline key points when the chosen model would need a download', async () => {
    const area = new MemoryStorageArea();
    await summarySettings(area).set({ summarizer: 'on-device' });
    await show(fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }], area, fakeSummarizer({ availability: 'downloadable' }).summarizer));
    await settle();
    expect([...root.querySelectorAll('.summary li')].map((li) => li.textContent)).toEqual(article.summary);
    expect(root.querySelector('.summary-source')?.getAttribute('data-source')).toBe('extractive-fallback');
  });

  it('labels the publisher’s own summary and keeps it folded', async () => {
    const withStandfirst = { ...article, publisherSummary: 'Storm damage kept the harbour shut for a week; it reopened on Monday.' };
    await show(fakeServices([{ kind: 'article', article: withStandfirst, canonicalUrl: 'https://news.example/a', extractionMs: 3 }]));
    const details = root.querySelector('details.publisher-summary') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Summary by \u2068News Example\u2069');
    expect(details.querySelector('p')?.textContent).toBe(withStandfirst.publisherSummary);
  });

  it('shows no publisher box when the page has no summary of its own', async () => {
    await show(fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }]));
    expect(root.querySelector('details.publisher-summary')).toBeNull();
  });

  it('saves a click under the canonical URL and shows the saved choice next time', async () => {
    const area = new MemoryStorageArea();
    const result: PageResult = { kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 };
    const first = fakeServices([result], area);
    await show(first);
    await click('[data-reaction=sad]');
    // On load the badge shows the stored state (none yet), then the new choice.
    expect(first.badges).toEqual([[7, null], [7, '😢']]);
    expect(await area.get('reaction:https://news.example/a')).toMatchObject({ 'reaction:https://news.example/a': { reaction: 'sad' } });
    await unmount(root);
    await show(fakeServices([result], area));
    expect(root.querySelector('[data-reaction=sad]')?.getAttribute('aria-checked')).toBe('true');
  });

  it('says when storage is full and keeps the previous choice', async () => {
    const area = new MemoryStorageArea();
    await show(fakeServices([{ kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 }], area));
    area.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await click('[data-reaction=like]');
    expect(root.querySelector('[data-reaction=like]')?.getAttribute('aria-checked')).toBe('false');
    expect(root.querySelector('.reaction-status')?.textContent).toContain('storage is full');
  });

  it('offers "Try anyway" on a page that is not an article and extracts with force', async () => {
    const services = fakeServices([
      { kind: 'problem', problem: { kind: 'not-article', title: 'Acme Shop', reason: 'not-readerable' } },
      { kind: 'article', article, canonicalUrl: 'https://news.example/a', extractionMs: 3 },
    ]);
    await show(services);
    expect(root.querySelector('.status-title')?.textContent).toBe('This page doesn’t look like an article');
    expect(root.textContent).toContain('“Acme Shop”');
    await click('.status-message button');
    expect(services.requests).toEqual([false, true]);
    expect(root.querySelector('.title')?.textContent).toBe('Harbour reopens after storm');
  });

  it('does not offer "Try anyway" again when the forced extraction found nothing', async () => {
    await show(fakeServices([{ kind: 'problem', problem: { kind: 'not-article', title: 'Blank', reason: 'no-content' } }]));
    expect(root.querySelector('.status-title')?.textContent).toBe('Nothing to read here');
    expect(root.querySelector('.status-message button')).toBeNull();
  });

  it.each([
    [{ kind: 'restricted', reason: 'web-store' } as PageProblem, 'The extension store is off limits'],
    [{ kind: 'restricted', reason: 'local-file' } as PageProblem, 'No access to local files'],
    [{ kind: 'restricted', reason: 'pdf' } as PageProblem, 'PDFs cannot be read here'],
    [{ kind: 'too-large', elementCount: 250000 } as PageProblem, 'This page is too large'],
    [{ kind: 'error', message: 'Frame was removed' } as PageProblem, 'Something went wrong'],
  ])('explains %j instead of showing a blank popup', async (problem, title) => {
    await show(fakeServices([{ kind: 'problem', problem }]));
    expect(root.querySelector('.status-title')?.textContent).toBe(title);
  });
});
