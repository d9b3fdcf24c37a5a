import { describe, expect, it, vi } from 'vitest';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { storageKey } from '../../../src/reactions/record';
import { InvalidTargetError, ReactionStore } from '../../../src/reactions/store';
import { StorageFullError } from '../../../src/storage/errors';
import { recordFor, tickingClock, URL_A, URL_B, v1RecordFor } from '../../harness/storage';

const target = { canonicalUrl: URL_A, url: URL_A + '#top', title: 'A title', site: 'Site A', leadImage: 'https://img.example/a.jpg' };

describe('ReactionStore', () => {
  it('round-trips a reaction: saved, read back, changed, cleared', async () => {
    const area = new MemoryStorageArea();
    const store = new ReactionStore(area, tickingClock(100));
    expect(await store.get(URL_A)).toEqual({ status: 'none' });

    const saved = await store.set(target, 'love');
    expect(saved).toEqual({
      schemaVersion: 2, key: URL_A, url: URL_A + '#top', title: 'A title', site: 'Site A',
      leadImage: 'https://img.example/a.jpg', reaction: 'love', savedAt: 100, updatedAt: 100,
    });
    expect(await store.get(URL_A)).toEqual({ status: 'saved', record: saved });
    expect((await area.get(null))[storageKey(URL_A)]).toEqual(saved);

    const changed = await store.set(target, 'wow');
    expect(changed).toMatchObject({ reaction: 'wow', savedAt: 100, updatedAt: 101 });

    expect(await store.set(target, null)).toBeNull();
    expect(await store.get(URL_A)).toEqual({ status: 'none' });
    expect(await area.get(null)).toEqual({});
  });

  it('keeps one record per article: another article is another key', async () => {
    const area = new MemoryStorageArea();
    const store = new ReactionStore(area, tickingClock());
    await store.set(target, 'like');
    await store.set({ ...target, canonicalUrl: URL_B, url: URL_B }, 'sad');
    expect(Object.keys(await area.get(null)).sort()).toEqual([storageKey(URL_A), storageKey(URL_B)]);
  });

  it('keeps the lead image it has when a caller does not pass one (the reader page), and drops non-web images', async () => {
    const store = new ReactionStore(new MemoryStorageArea(), tickingClock());
    await store.set(target, 'like');
    const withoutImage = { canonicalUrl: target.canonicalUrl, url: target.url, title: target.title, site: target.site };
    expect(await store.set(withoutImage, 'funny')).toMatchObject({ leadImage: 'https://img.example/a.jpg', reaction: 'funny' });
    expect(await store.set({ ...target, leadImage: 'https://img.example/b.jpg' }, 'funny')).toMatchObject({ leadImage: 'https://img.example/b.jpg' });
    expect(await store.set({ ...target, leadImage: 'data:image/png;base64,AAAA' }, 'funny')).toMatchObject({ leadImage: null });
    expect(await store.set({ ...target, leadImage: null }, 'funny')).toMatchObject({ leadImage: null });
  });

  it('trims an overlong title and site instead of writing a record it could not read back', async () => {
    const store = new ReactionStore(new MemoryStorageArea(), tickingClock());
    const record = await store.set({ ...target, title: 't'.repeat(5000), site: 's'.repeat(900) }, 'like');
    expect(record?.title).toHaveLength(2000);
    expect(record?.site).toHaveLength(500);
    expect((await store.get(URL_A)).status).toBe('saved');
  });

  it('refuses a target that cannot make a valid record, writing nothing', async () => {
    const area = new MemoryStorageArea();
    const store = new ReactionStore(area, tickingClock());
    await expect(store.set({ ...target, canonicalUrl: 'about:blank' }, 'like')).rejects.toBeInstanceOf(InvalidTargetError);
    expect(await area.get(null)).toEqual({});
  });

  it('a clock set back never makes the first-saved time later than the last change', async () => {
    const times = [5_000, 4_000];
    const store = new ReactionStore(new MemoryStorageArea(), () => times.shift()!);
    await store.set(target, 'like');
    expect(await store.set(target, 'sad')).toMatchObject({ savedAt: 4_000, updatedAt: 4_000 });
  });

  it('reads a v1 record as v2 (upgraded in memory) and keeps its first-saved time on the next write', async () => {
    const area = new MemoryStorageArea({ [storageKey(URL_A)]: v1RecordFor(URL_A) });
    const store = new ReactionStore(area, tickingClock(9_000));
    expect(await store.get(URL_A)).toEqual({ status: 'saved', record: expect.objectContaining({ schemaVersion: 2, leadImage: null, reaction: 'sad', savedAt: 500 }) });
    // Reading did not rewrite storage.
    expect((await area.get(storageKey(URL_A)))[storageKey(URL_A)]).toMatchObject({ schemaVersion: 1 });
    expect(await store.set(target, 'like')).toMatchObject({ schemaVersion: 2, savedAt: 500, updatedAt: 9_000 });
  });

  it('reports an unreadable record instead of failing, and a new choice replaces it', async () => {
    const area = new MemoryStorageArea({ [storageKey(URL_A)]: { schemaVersion: 7, whatever: true } });
    const store = new ReactionStore(area, tickingClock(50));
    expect(await store.get(URL_A)).toEqual({ status: 'unreadable', problem: 'unknown-version' });
    expect(await store.set(target, 'like')).toMatchObject({ savedAt: 50 });
  });

  it('turns a quota failure into StorageFullError and leaves storage as it was', async () => {
    const area = new MemoryStorageArea({ [storageKey(URL_A)]: recordFor(URL_A) });
    const store = new ReactionStore(area, tickingClock());
    area.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await expect(store.set(target, 'wow')).rejects.toBeInstanceOf(StorageFullError);
    await expect(store.set(target, null)).rejects.toBeInstanceOf(StorageFullError);
    area.failWrites = new Error('Disk on fire');
    await expect(store.set(target, 'wow')).rejects.toThrow('Disk on fire');
    area.failWrites = null;
    expect(await store.get(URL_A)).toEqual({ status: 'saved', record: recordFor(URL_A) });
    // A failed write does not hold the lock: the next one goes through.
    expect(await store.set(target, 'wow')).toMatchObject({ reaction: 'wow' });
  });

  it('watch() reports changes to its article only, from any writer', async () => {
    const area = new MemoryStorageArea();
    const mine = new ReactionStore(area, tickingClock());
    const other = new ReactionStore(area, tickingClock());
    const seen = vi.fn();
    const stop = mine.watch(URL_A, seen);
    await other.set(target, 'love');
    await other.set({ ...target, canonicalUrl: URL_B, url: URL_B }, 'sad');
    await area.set({ [storageKey(URL_A)]: { broken: true } });
    await other.set(target, null);
    stop();
    await other.set(target, 'like');
    expect(seen.mock.calls).toEqual([['love'], [null], [null]]);
  });
});
