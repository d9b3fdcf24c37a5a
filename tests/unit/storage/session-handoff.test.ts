import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { HandoffStore, MAX_HANDOFF_BYTES, MAX_HANDOFF_ENTRIES, TooLargeForReaderError, handoffKey, parseArticle, parsePageProblem, type HandoffPayload } from '../../../src/storage/session-handoff';
import { INVALID, TEXT_LIMITS } from '../../../src/storage/validators';

const ARTICLE: Article = {
  url: 'https://news.example/2025/story?utm_source=x',
  title: 'A story',
  byline: 'A. Writer',
  siteName: 'News',
  lang: 'en',
  dir: null,
  publishedTime: '2025-01-30T09:12:00+00:00',
  excerpt: 'Short.',
  summary: ['One.', 'Two.'],
  publisherSummary: 'The publisher’s own summary of the story, long enough to be shown apart from the key points.',
  leadImage: { src: 'https://news.example/a.jpg', alt: 'A' },
  contentHtml: '<p>Hello</p>',
  textContent: 'Hello',
  wordCount: 1,
  readingMinutes: 1,
  removed: [{ kind: 'ads', count: 2, labels: ['"Advertisement"', '"Sponsored"'] }],
  readerable: true,
};

const articlePayload: HandoffPayload = { kind: 'article', article: ARTICLE, canonicalUrl: 'https://news.example/2025/story' };

function ids() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

describe('HandoffStore', () => {
  it('stores a payload under a fresh id and reads it back', async () => {
    const area = new MemoryStorageArea();
    const store = new HandoffStore(area, () => 1000, ids());
    const id = await store.put(7, articlePayload);
    expect(id).toBe('00000000-0000-4000-8000-000000000001');
    expect(await store.get(id, 7)).toEqual({
      status: 'found',
      entry: { id, tabId: 7, createdAt: 1000, payload: articlePayload },
    });
    // Another tab's reader does not get it.
    expect(await store.get(id, 8)).toEqual({ status: 'missing' });
    expect(await store.get(id, null)).toEqual({ status: 'missing' });
    expect((await area.get(handoffKey(id)))[handoffKey(id)]).toMatchObject({ schemaVersion: 2, id, tabId: 7 });
  });

  it('reads an entry of another version, or filed under another id, as unreadable', async () => {
    const area = new MemoryStorageArea();
    const store = new HandoffStore(area, () => 1, ids());
    const id = await store.put(1, articlePayload);
    const stored = (await area.get(handoffKey(id)))[handoffKey(id)] as Record<string, unknown>;
    await area.set({ [handoffKey(id)]: { ...stored, schemaVersion: 1 } });
    expect(await store.get(id, 1)).toEqual({ status: 'unreadable' });
    await area.set({ [handoffKey(id)]: { ...stored, id: '00000000-0000-4000-8000-000000000077' } });
    expect(await store.get(id, 1)).toEqual({ status: 'unreadable' });
  });

  it('reports a missing or malformed id as missing', async () => {
    const store = new HandoffStore(new MemoryStorageArea());
    expect(await store.get('00000000-0000-4000-8000-000000000009', 1)).toEqual({ status: 'missing' });
    expect(await store.get('../../etc', 1)).toEqual({ status: 'missing' });
  });

  it('refuses an entry whose article was tampered with', async () => {
    const area = new MemoryStorageArea();
    const store = new HandoffStore(area, () => 1, ids());
    const id = await store.put(1, articlePayload);
    const stored = (await area.get(handoffKey(id)))[handoffKey(id)] as { payload: { article: Record<string, unknown> } };
    for (const [field, bad] of Object.entries({ contentHtml: 42, url: 'javascript:alert(1)', summary: [1], wordCount: -1 })) {
      const copy = structuredClone(stored);
      copy.payload.article[field] = bad;
      await area.set({ [handoffKey(id)]: copy });
      expect(await store.get(id, 1), field).toEqual({ status: 'unreadable' });
    }
  });

  it('keeps a problem with only a web address as its link', async () => {
    const store = new HandoffStore(new MemoryStorageArea(), () => 1, ids());
    const id = await store.put(3, { kind: 'problem', problem: { kind: 'restricted', reason: 'browser-page' }, url: 'chrome://version/' });
    const found = await store.get(id, 3);
    expect(found.status === 'found' && found.entry.payload).toEqual({ kind: 'problem', problem: { kind: 'restricted', reason: 'browser-page' }, url: null });
  });

  it('keeps a too-large page’s element count a number', async () => {
    const store = new HandoffStore(new MemoryStorageArea(), () => 1, ids());
    const payload: HandoffPayload = { kind: 'problem', problem: { kind: 'too-large', elementCount: 160_000 }, url: 'https://news.example/huge' };
    const found = await store.get(await store.put(3, payload), 3);
    expect(found.status === 'found' && found.entry.payload).toEqual(payload);
  });

  it('keeps only the newest entries and forgets a closed tab', async () => {
    let now = 0;
    const store = new HandoffStore(new MemoryStorageArea(), () => ++now, ids());
    const all: string[] = [];
    for (let tab = 1; tab <= MAX_HANDOFF_ENTRIES + 3; tab++) all.push(await store.put(tab, articlePayload));
    const present = await Promise.all(all.map(async (id, index) => (await store.get(id, index + 1)).status));
    expect(present.filter((s) => s === 'found')).toHaveLength(MAX_HANDOFF_ENTRIES);
    expect(present.slice(0, 3)).toEqual(['missing', 'missing', 'missing']);
    await store.removeTab(MAX_HANDOFF_ENTRIES + 3);
    expect((await store.get(all.at(-1)!, MAX_HANDOFF_ENTRIES + 3)).status).toBe('missing');
    expect((await store.get(all.at(-2)!, MAX_HANDOFF_ENTRIES + 2)).status).toBe('found');
  });

  it('makes room and retries when the area is full', async () => {
    const area = new MemoryStorageArea();
    const store = new HandoffStore(area, () => 1, ids());
    const old = await store.put(1, articlePayload);
    const set = area.set.bind(area);
    let fail = true;
    area.set = async (items) => {
      if (fail) {
        fail = false;
        throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      }
      await set(items);
    };
    const id = await store.put(2, articlePayload);
    expect((await store.get(id, 2)).status).toBe('found');
    expect((await store.get(old, 1)).status).toBe('missing');
  });
});

describe('what the reader is handed', () => {
  it('refuses an article past MAX_HANDOFF_BYTES, saying its size, and stores nothing', async () => {
    const area = new MemoryStorageArea();
    const store = new HandoffStore(area, () => 1, ids());
    const big = { ...articlePayload, article: { ...ARTICLE, textContent: 'x'.repeat(MAX_HANDOFF_BYTES) } } as HandoffPayload;
    const refusal = await store.put(1, big).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TooLargeForReaderError);
    expect((refusal as TooLargeForReaderError).bytes).toBeGreaterThan(MAX_HANDOFF_BYTES);
    expect(await area.get(null)).toEqual({});
  });

  it('caps page text with an ellipsis, drops a lead image that is not a web address, refuses a canonical URL on another site', async () => {
    const area = new MemoryStorageArea();
    const store = new HandoffStore(area, () => 1, ids());
    const long = { ...ARTICLE, title: 'T'.repeat(10_000), byline: 'B'.repeat(10_000), siteName: 'S'.repeat(10_000), leadImage: { src: 'file:///etc/hosts', alt: 'x' } };
    const found = await store.get(await store.put(1, { ...articlePayload, article: long }), 1);
    const article = found.status === 'found' && found.entry.payload.kind === 'article' ? found.entry.payload.article : null;
    expect(article?.title).toHaveLength(TEXT_LIMITS.title);
    expect(article?.title.endsWith('…')).toBe(true);
    expect(article?.byline).toHaveLength(TEXT_LIMITS.byline);
    expect(article?.siteName).toHaveLength(TEXT_LIMITS.siteName);
    expect(article?.leadImage).toBeNull();
    const elsewhere = await store.put(1, { ...articlePayload, canonicalUrl: 'https://bank.example/' });
    expect(await store.get(elsewhere, 1)).toEqual({ status: 'unreadable' });
  });
});

describe('parsePageProblem', () => {
  it('reads each kind of problem with exactly its fields', () => {
    expect(parsePageProblem({ kind: 'not-article', title: 'Home', reason: 'no-content', extra: 1 })).toEqual({ kind: 'not-article', title: 'Home', reason: 'no-content' });
    expect(parsePageProblem({ kind: 'error', message: 'boom' })).toEqual({ kind: 'error', message: 'boom' });
    expect(parsePageProblem({ kind: 'no-tab' })).toEqual({ kind: 'no-tab' });
  });

  it('refuses unknown kinds, reasons and wrong field types', () => {
    for (const bad of [
      { kind: 'pwned' },
      { kind: 'toString' },
      { kind: 'restricted', reason: 'because' },
      { kind: 'too-large', elementCount: '160000' },
      { kind: 'error' },
      null,
      'error',
    ]) {
      expect(parsePageProblem(bad), JSON.stringify(bad)).toBe(INVALID);
    }
  });
});

describe('parseArticle', () => {
  it('accepts an article without dir (written before dir existed)', () => {
    const older: Record<string, unknown> = { ...ARTICLE };
    delete older.dir;
    expect(parseArticle(older)).toEqual({ ...ARTICLE, dir: null });
  });
});
