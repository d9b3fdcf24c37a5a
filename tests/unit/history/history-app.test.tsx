// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeptArticleStore } from '../../../src/kept/kept-store';
import { HistoryApp } from '../../../src/history/history-app';
import { historyServices, type HistoryServices } from '../../../src/history/services';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { storageKey } from '../../../src/reactions/record';
import { ReactionStore } from '../../../src/reactions/store';
import { installMessages } from '../../../src/ui/i18n';
import { sourceMessages } from '../../../src/locales/messages';
import { createRoot, unmount } from '../../harness/preact';
import { recordFor, v1RecordFor } from '../../harness/storage';
import { sampleArticle } from '../../harness/article';

const A = 'https://news.example/a';
const B = 'https://news.example/b';
const C = 'https://other.example/c';

let root: HTMLElement;
let area: MemoryStorageArea;
let services: HistoryServices;

beforeAll(() => installMessages(sourceMessages('en')));

beforeEach(() => {
  area = new MemoryStorageArea({
    [storageKey(A)]: recordFor(A, { title: 'Alpha story', site: 'News Example', reaction: 'love', savedAt: 3_000, updatedAt: 3_000 }),
    [storageKey(B)]: v1RecordFor(B, { title: 'Beta story', site: 'News Example' }),
    [storageKey(C)]: recordFor(C, { title: 'Gamma story', site: 'Other', reaction: 'wow', savedAt: 2_000, updatedAt: 2_000 }),
    [storageKey('https://news.example/broken')]: { schemaVersion: 2, key: 'https://news.example/broken' },
  });
  services = { ...historyServices(area), download: vi.fn(), now: () => Date.UTC(2025, 0, 30) };
  root = createRoot();
});

afterEach(async () => {
  await unmount(root);
  root.remove();
});

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const titles = () => [...root.querySelectorAll('.row-title')].map((a) => a.textContent);
const text = () => root.textContent ?? '';

describe('the history page (on a fake storage)', () => {
  it('lists the readable records newest first, reports the unreadable one, and links safely', async () => {
    await act(() => render(<HistoryApp services={services} lang="en" />, root));
    await until(() => titles().length === 3, 'rows');
    expect(titles()).toEqual(['Alpha story', 'Gamma story', 'Beta story']);
    expect(text()).toContain('Saved reactions that could not be read: 1.');
    expect(text()).toContain('Showing 3 of 3');
    const link = root.querySelector<HTMLAnchorElement>('.row-title')!;
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('href')).toBe(`${A}?utm_source=x`);
    // The chart counts each reaction.
    const count = (reaction: string) => root.querySelector(`.chart-row[data-reaction=${reaction}] .chart-count`)?.textContent;
    expect([count('love'), count('wow'), count('sad'), count('like')]).toEqual(['1', '1', '1', '0']);
  });

  it('updates live when another view changes a reaction', async () => {
    await act(() => render(<HistoryApp services={services} lang="en" />, root));
    await until(() => titles().length === 3, 'rows');
    await act(async () => void await new ReactionStore(area).set({ canonicalUrl: C, url: C, title: 'Gamma story', site: 'Other' }, 'angry'));
    await until(() => root.querySelector(`[data-key="${C}"]`)?.getAttribute('data-reaction') === 'angry', 'live change');
    await act(async () => void await new ReactionStore(area).set({ canonicalUrl: C, url: C, title: 'Gamma story', site: 'Other' }, null));
    await until(() => titles().length === 2, 'live removal');
  });

  it('changes a reaction in place and shows a full storage as a problem', async () => {
    await act(() => render(<HistoryApp services={services} lang="en" />, root));
    await until(() => titles().length === 3, 'rows');
    const select = root.querySelector<HTMLSelectElement>(`[data-key="${A}"] select`)!;
    select.value = 'funny';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await until(() => root.querySelector(`[data-key="${A}"]`)?.getAttribute('data-reaction') === 'funny', 'saved change');
    expect((await area.get(storageKey(A)))[storageKey(A)]).toMatchObject({ reaction: 'funny', leadImage: null, savedAt: 3_000 });

    area.failWrites = new Error('QUOTA_BYTES quota exceeded');
    const again = root.querySelector<HTMLSelectElement>(`[data-key="${A}"] select`)!;
    again.value = 'sad';
    await act(() => void again.dispatchEvent(new Event('change', { bubbles: true })));
    await until(() => root.querySelector('[role=alert]') !== null, 'alert');
    expect(root.querySelector('[role=alert]')!.textContent).toContain('Extension storage is full');
    expect((await area.get(storageKey(A)))[storageKey(A)]).toMatchObject({ reaction: 'funny' });
  });

  it('removes all with undo, and undo brings back exactly what was there', async () => {
    const before = await area.get(null);
    await act(() => render(<HistoryApp services={services} lang="en" />, root));
    await until(() => titles().length === 3, 'rows');
    await act(() => root.querySelector<HTMLButtonElement>('[data-action=remove-all]')!.click());
    await until(() => text().includes('No reactions yet'), 'empty library');
    expect(text()).toContain('Removed all reactions (4).');
    expect(document.activeElement?.getAttribute('data-action')).toBe('undo');
    await act(() => root.querySelector<HTMLButtonElement>('[data-action=undo]')!.click());
    await until(() => titles().length === 3, 'restored rows');
    expect(text()).toContain('Reactions restored: 4.');
    expect(await area.get(null)).toEqual(before);
  });

  it('filters and searches', async () => {
    await act(() => render(<HistoryApp services={services} lang="en" />, root));
    await until(() => titles().length === 3, 'rows');
    const filter = root.querySelector<HTMLSelectElement>('[data-control=filter]')!;
    filter.value = 'wow';
    await act(() => void filter.dispatchEvent(new Event('change', { bubbles: true })));
    expect(titles()).toEqual(['Gamma story']);
    filter.value = 'all';
    await act(() => void filter.dispatchEvent(new Event('change', { bubbles: true })));
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'BETA';
    await act(() => void search.dispatchEvent(new Event('input', { bubbles: true })));
    expect(titles()).toEqual(['Beta story']);
    expect(text()).toContain('Showing 1 of 3');
  });

  it('starts reading the kept text when the search box gets focus, and finds a kept article by it', async () => {
    const kept = new KeptArticleStore({ post: () => undefined, subscribe: () => () => undefined }, () => 4_000, 'history-app-focus');
    await kept.keep('https://news.example/kept', sampleArticle({ url: 'https://news.example/kept', title: 'Harbour news', textContent: 'The ferry to München leaves at noon.' }));
    const reads = vi.spyOn(kept, 'searchTexts');
    await act(() => render(<HistoryApp services={{ ...services, kept }} lang="en" />, root));
    await until(() => titles().length === 4, 'rows with the kept article');
    expect(reads).not.toHaveBeenCalled();
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await act(() => search.focus());
    await until(() => reads.mock.calls.length === 1, 'the kept text read on focus');
    expect(root.querySelector('.result-count')?.getAttribute('data-text-search')).toBe('ready');
    search.value = 'munchen';
    await act(() => void search.dispatchEvent(new Event('input', { bubbles: true })));
    await until(() => titles().length === 1, 'the kept article found by its text');
    expect(titles()).toEqual(['Harbour news']);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('exports JSON and CSV through the download service', async () => {
    await act(() => render(<HistoryApp services={services} lang="en" />, root));
    await until(() => titles().length === 3, 'rows');
    await act(() => root.querySelector<HTMLButtonElement>('[data-action=export-json]')!.click());
    await until(() => vi.mocked(services.download).mock.calls.length === 1, 'json download');
    const [name, type, json] = vi.mocked(services.download).mock.calls[0]!;
    expect([name, type]).toEqual(['clean-reader-reactions-2025-01-30.json', 'application/json']);
    expect(JSON.parse(json)).toMatchObject({ format: 'clean-reader-reactions', schemaVersion: 2, count: 3 });
    await act(() => root.querySelector<HTMLButtonElement>('[data-action=export-csv]')!.click());
    await until(() => vi.mocked(services.download).mock.calls.length === 2, 'csv download');
    const [csvName, , csv] = vi.mocked(services.download).mock.calls[1]!;
    expect(csvName).toBe('clean-reader-reactions-2025-01-30.csv');
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(text()).toContain('Downloaded clean-reader-reactions-2025-01-30.csv.');
  });
});
