import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageResult } from '../../../src/platform/messages';
import { HandoffStore, MAX_HANDOFF_BYTES } from '../../../src/storage/session-handoff';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { sampleArticle } from '../../harness/article';

// The browser side of reading a tab and showing the reader, replaced: what is checked is what goes to the reader.
const read = vi.hoisted(() => ({ result: null as PageResult | null, shown: [] as { tabId: number; id: string }[] }));
vi.mock('../../../src/platform/page-extraction', () => ({ readArticleFromTab: async () => read.result }));
vi.mock('../../../src/platform/reader-page', () => ({
  isReaderPageUrl: () => false,
  showReaderPage: async (tabId: number, id: string) => void read.shown.push({ tabId, id }),
}));

const { openReaderForTab } = await import('../../../src/background/open-reader');

const TAB = { id: 4, url: 'https://news.example/a', title: 'A' };

beforeEach(() => {
  read.shown.length = 0;
});

describe('opening the reader from the shortcut or the context menu', () => {
  it('hands the article to the reader in the same tab', async () => {
    read.result = { kind: 'article', article: sampleArticle(), canonicalUrl: 'https://news.example/a', extractionMs: 1 };
    const handoff = new HandoffStore(new MemoryStorageArea());
    expect(await openReaderForTab(TAB, handoff)).toBe('article');
    const lookup = await handoff.get(read.shown[0]!.id, TAB.id);
    expect(lookup.status === 'found' && lookup.entry.payload.kind).toBe('article');
  });

  it('shows the reader explaining the problem when the article is past what the reader takes', async () => {
    const huge = 'x'.repeat(MAX_HANDOFF_BYTES + 1);
    read.result = { kind: 'article', article: sampleArticle({ contentHtml: `<p>${huge}</p>` }), canonicalUrl: 'https://news.example/a', extractionMs: 1 };
    const handoff = new HandoffStore(new MemoryStorageArea());
    expect(await openReaderForTab(TAB, handoff)).toBe('problem');
    expect(read.shown).toHaveLength(1);
    const lookup = await handoff.get(read.shown[0]!.id, TAB.id);
    if (lookup.status !== 'found') throw new Error(`no handoff entry: ${lookup.status}`);
    expect(lookup.entry.payload).toMatchObject({ kind: 'problem', problem: { kind: 'error' }, url: TAB.url });
  });
});
