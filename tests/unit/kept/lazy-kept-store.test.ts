import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { KeptArticleStore, type ChangeChannel, type KeptChangeNotice } from '../../../src/kept/kept-store';
import { lazyKeptStore } from '../../../src/kept/lazy-kept-store';
import { sampleArticle } from '../../harness/article';

function channel(): ChangeChannel & { listeners: Set<(notice: KeptChangeNotice) => void> } {
  const listeners = new Set<(notice: KeptChangeNotice) => void>();
  return {
    listeners,
    post: (notice) => listeners.forEach((listener) => listener(notice)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

describe('lazyKeptStore', () => {
  it('loads the store once, on first use, and passes every call through', async () => {
    const changes = channel();
    const load = vi.fn(async () => new KeptArticleStore(changes, () => 1_000, 'lazy-kept-1'));
    const store = lazyKeptStore(load);
    expect(load).not.toHaveBeenCalled();
    const heard: KeptChangeNotice[] = [];
    store.watch((notice) => heard.push(notice));
    expect(await store.has('https://news.example/a')).toBe(false);
    await store.keep('https://news.example/a', sampleArticle());
    expect(await store.has('https://news.example/a')).toBe(true);
    expect((await store.get('https://news.example/a')).status).toBe('found');
    expect((await store.remove(['https://news.example/a'])).rows).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect(heard).toEqual([{ keys: ['https://news.example/a'] }, { keys: ['https://news.example/a'] }]);
  });

  it('never listens when the watch was stopped before the store loaded', async () => {
    const changes = channel();
    const store = lazyKeptStore(async () => new KeptArticleStore(changes, () => 1_000, 'lazy-kept-2'));
    const stop = store.watch(() => undefined);
    stop();
    await store.has('https://news.example/a');
    expect(changes.listeners.size).toBe(0);
  });
});
