import { describe, expect, it } from 'vitest';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { storageKey } from '../../../src/storage/reaction-record';
import { ReactionStore, StorageFullError } from '../../../src/storage/reaction-store';
import { ensureSchemaVersion } from '../../../src/storage/schema';

const target = { canonicalUrl: 'https://news.example/a', url: 'https://news.example/a?utm_source=x', title: 'A', site: 'News' };

function storeAt(area = new MemoryStorageArea()) {
  let now = 1_000;
  return { area, store: new ReactionStore(area, () => now), tick: (ms: number) => (now += ms) };
}

describe('ReactionStore', () => {
  it('saves, reads back and clears one record per article', async () => {
    const { area, store, tick } = storeAt();
    expect(await store.get(target.canonicalUrl)).toEqual({ status: 'none' });
    await store.set(target, 'love');
    tick(500);
    await store.set(target, 'wow');
    const stored = await store.get(target.canonicalUrl);
    expect(stored).toEqual({
      status: 'saved',
      record: { schemaVersion: 1, key: target.canonicalUrl, url: target.url, title: 'A', site: 'News', reaction: 'wow', savedAt: 1_000, updatedAt: 1_500 },
    });
    expect(Object.keys(await area.get(null))).toEqual([storageKey(target.canonicalUrl)]);
    await store.set(target, null);
    expect(await store.get(target.canonicalUrl)).toEqual({ status: 'none' });
  });

  it('reports a malformed or unknown-version record instead of trusting it', async () => {
    const area = new MemoryStorageArea({
      [storageKey('https://a.example/1')]: { schemaVersion: 1, key: 'x', reaction: 'meh' },
      [storageKey('https://a.example/2')]: { schemaVersion: 99 },
      [storageKey('https://a.example/3')]: 'garbage',
    });
    const { store } = storeAt(area);
    expect(await store.get('https://a.example/1')).toEqual({ status: 'unreadable', problem: 'malformed' });
    expect(await store.get('https://a.example/2')).toEqual({ status: 'unreadable', problem: 'unknown-version' });
    expect(await store.get('https://a.example/3')).toEqual({ status: 'unreadable', problem: 'not-an-object' });
  });

  it('turns a quota failure into StorageFullError and keeps the old record', async () => {
    const { area, store } = storeAt();
    await store.set(target, 'like');
    area.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await expect(store.set(target, 'sad')).rejects.toBeInstanceOf(StorageFullError);
    area.failWrites = null;
    expect(await store.get(target.canonicalUrl)).toMatchObject({ status: 'saved', record: { reaction: 'like' } });
  });

  it('tells watchers about changes made by another view', async () => {
    const { area, store } = storeAt();
    const seen: (string | null)[] = [];
    const stop = store.watch(target.canonicalUrl, (reaction) => seen.push(reaction));
    const otherView = new ReactionStore(area);
    await otherView.set(target, 'funny');
    await otherView.set({ ...target, canonicalUrl: 'https://news.example/other' }, 'sad');
    await otherView.set(target, null);
    stop();
    await otherView.set(target, 'angry');
    expect(seen).toEqual(['funny', null]);
  });
});

describe('ensureSchemaVersion', () => {
  it('records the version once and keeps an existing one', async () => {
    const area = new MemoryStorageArea();
    expect(await ensureSchemaVersion(area)).toBe(1);
    expect(await area.get('schemaVersion')).toEqual({ schemaVersion: 1 });
    await area.set({ schemaVersion: 7 });
    expect(await ensureSchemaVersion(area)).toBe(7);
  });
});
