import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/reactions/import-export';
import { IMPORT_WRITE_BATCH, NotEnoughRoomError, ReactionLibrary, type LibraryChange } from '../../../src/reactions/library';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { storageKey } from '../../../src/reactions/record';
import { ReactionStore } from '../../../src/reactions/store';
import { StorageFullError } from '../../../src/storage/errors';
import { storedBytes } from '../../../src/storage/storage-area';
import { recordFor, tickingClock, URL_A, URL_B, v1RecordFor } from '../../harness/storage';

const URL_C = 'https://news.example/c';
const BROKEN = 'https://news.example/broken';
const FUTURE = 'https://news.example/future';

function mixedStorage() {
  return new MemoryStorageArea({
    schemaVersion: 2,
    [storageKey(URL_A)]: recordFor(URL_A, { reaction: 'love', savedAt: 3_000, updatedAt: 3_000 }),
    [storageKey(URL_B)]: v1RecordFor(URL_B),
    [storageKey(BROKEN)]: { schemaVersion: 2, key: BROKEN, reaction: 42 },
    [storageKey(FUTURE)]: { schemaVersion: 3, key: FUTURE },
    [storageKey('https://news.example/text')]: 'just a string',
    'reader:settings': { theme: 'dark' },
  });
}

describe('ReactionLibrary', () => {
  it('lists readable records (v1 upgraded) and reports the unreadable ones without losing any', async () => {
    const area = mixedStorage();
    const before = await area.get(null);
    const { records, issues } = await new ReactionLibrary(area).list();
    expect(records.map((r) => [r.key, r.schemaVersion, r.reaction]).sort()).toEqual([
      [URL_A, 2, 'love'],
      [URL_B, 2, 'sad'],
    ]);
    expect(issues.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: storageKey(BROKEN), canonicalUrl: BROKEN, problem: 'malformed', field: 'url' },
      { key: storageKey(FUTURE), canonicalUrl: FUTURE, problem: 'unknown-version' },
      { key: storageKey('https://news.example/text'), canonicalUrl: 'https://news.example/text', problem: 'not-an-object' },
    ]);
    // Listing never writes.
    expect(await area.get(null)).toEqual(before);
  });

  it('watch() reports each changed reaction key, parsed, and ignores other keys', async () => {
    const area = new MemoryStorageArea();
    const seen: LibraryChange[][] = [];
    const stop = new ReactionLibrary(area).watch((changes) => seen.push(changes));
    const store = new ReactionStore(area, tickingClock(1));
    await store.set({ canonicalUrl: URL_A, url: URL_A, title: 'A', site: null }, 'wow');
    await area.set({ 'reader:settings': { theme: 'light' } });
    await area.set({ [storageKey(BROKEN)]: { nope: true } });
    await store.set({ canonicalUrl: URL_A, url: URL_A, title: 'A', site: null }, null);
    stop();
    expect(seen).toEqual([
      [{ key: storageKey(URL_A), record: expect.objectContaining({ reaction: 'wow' }), issue: null }],
      [{ key: storageKey(BROKEN), record: null, issue: { key: storageKey(BROKEN), canonicalUrl: BROKEN, problem: 'unknown-version' } }],
      [{ key: storageKey(URL_A), record: null, issue: null }],
    ]);
  });

  it('removes one record and puts it back on undo', async () => {
    const area = mixedStorage();
    const library = new ReactionLibrary(area);
    const before = await area.get(null);
    const batch = await library.remove([URL_A]);
    expect(batch.count).toBe(1);
    expect(storageKey(URL_A) in (await area.get(null))).toBe(false);
    expect(await library.restore(batch)).toBe(1);
    expect(await area.get(null)).toEqual(before);
  });

  it('removes all reaction records (readable or not), keeps other keys, and undo restores them exactly', async () => {
    const area = mixedStorage();
    const library = new ReactionLibrary(area);
    const before = await area.get(null);
    const batch = await library.removeAll();
    expect(batch.count).toBe(5);
    expect(await area.get(null)).toEqual({ schemaVersion: 2, 'reader:settings': { theme: 'dark' } });
    expect(await library.restore(batch)).toBe(5);
    expect(await area.get(null)).toEqual(before);
  });

  it('undo keeps a reaction chosen after the removal (it is newer)', async () => {
    const area = mixedStorage();
    const library = new ReactionLibrary(area);
    const batch = await library.removeAll();
    await new ReactionStore(area, () => 9_999).set({ canonicalUrl: URL_A, url: URL_A, title: 'A again', site: null }, 'angry');
    expect(await library.restore(batch)).toBe(4);
    expect((await area.get(storageKey(URL_A)))[storageKey(URL_A)]).toMatchObject({ reaction: 'angry', updatedAt: 9_999 });
  });

  it('a full storage fails removal and undo with StorageFullError and changes nothing', async () => {
    const area = mixedStorage();
    const library = new ReactionLibrary(area);
    const before = await area.get(null);
    area.failWrites = new Error('Resource::kQuotaBytes quota exceeded');
    await expect(library.removeAll()).rejects.toBeInstanceOf(StorageFullError);
    expect(await area.get(null)).toEqual(before);
  });

  it('imports by merging: adds new, updates older, skips the rest with reasons', async () => {
    const area = new MemoryStorageArea({
      [storageKey(URL_A)]: recordFor(URL_A, { reaction: 'like', savedAt: 100, updatedAt: 200 }),
      [storageKey(URL_B)]: recordFor(URL_B, { reaction: 'like', savedAt: 100, updatedAt: 900 }),
    });
    const file = JSON.stringify({
      format: 'clean-reader-reactions',
      schemaVersion: 2,
      reactions: [
        recordFor(URL_A, { reaction: 'love', savedAt: 150, updatedAt: 300 }),
        recordFor(URL_B, { reaction: 'sad', savedAt: 50, updatedAt: 800 }),
        recordFor(URL_C, { reaction: 'wow' }),
        { schemaVersion: 2, key: 'nope' },
      ],
    });
    const read = readImportFile(file);
    if (!read.ok) throw new Error(read.error);
    const result = await new ReactionLibrary(area).importEntries(read.entries, read.invalid);
    expect([result.addedCount, result.updatedCount, result.skippedCount]).toEqual([1, 1, 2]);
    expect(result.skipped).toEqual([
      { entry: 2, reason: 'not-newer', title: `Title of ${URL_B}` },
      { entry: 4, reason: 'malformed', field: 'key', title: undefined },
    ]);
    const after = await area.get(null);
    // Newer wins, and keeps the earlier first-saved time.
    expect(after[storageKey(URL_A)]).toEqual(recordFor(URL_A, { reaction: 'love', savedAt: 100, updatedAt: 300 }));
    expect(after[storageKey(URL_B)]).toEqual(recordFor(URL_B, { reaction: 'like', savedAt: 100, updatedAt: 900 }));
    expect(after[storageKey(URL_C)]).toEqual(recordFor(URL_C, { reaction: 'wow' }));
  });

  it('never overwrites an unreadable stored record on import', async () => {
    const area = new MemoryStorageArea({ [storageKey(URL_A)]: { schemaVersion: 3, key: URL_A, fromTheFuture: true } });
    const result = await new ReactionLibrary(area).importEntries([{ entry: 1, record: recordFor(URL_A, { updatedAt: 10 ** 12 }) }]);
    expect(result.skipped).toEqual([{ entry: 1, reason: 'stored-unreadable', title: `Title of ${URL_A}` }]);
    expect((await area.get(null))[storageKey(URL_A)]).toEqual({ schemaVersion: 3, key: URL_A, fromTheFuture: true });
  });

  it('an import that hits the quota imports nothing and says so', async () => {
    const area = new MemoryStorageArea({ [storageKey(URL_A)]: recordFor(URL_A) });
    const before = await area.get(null);
    area.failWrites = new Error('QUOTA_BYTES quota exceeded');
    const entries = [URL_A, URL_B, URL_C].map((url, i) => ({ entry: i + 1, record: recordFor(url, { updatedAt: 5_000 }) }));
    await expect(new ReactionLibrary(area).importEntries(entries)).rejects.toBeInstanceOf(StorageFullError);
    area.failWrites = null;
    expect(await area.get(null)).toEqual(before);
  });

  it('an import that cannot fit is refused before any write, saying how much it needs and how much is free', async () => {
    const area = new MemoryStorageArea({ [storageKey(URL_A)]: recordFor(URL_A), other: 'x'.repeat(100) });
    const before = await area.get(null);
    const used = Object.entries(before).reduce((sum, [key, value]) => sum + storedBytes(key, value), 0);
    const entries = Array.from({ length: 50 }, (_, i) => ({ entry: i + 1, record: recordFor(`https://news.example/n${i}`) }));
    const needed = entries.reduce((sum, { record }) => sum + storedBytes(storageKey(record.key), record), 0);
    const quota = used + needed - 1;
    const refusal = await new ReactionLibrary(area).importEntries(entries, [], { quota }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(NotEnoughRoomError);
    expect(refusal).toMatchObject({ needed, free: quota - used });
    expect(await area.get(null)).toEqual(before);
    // One byte more and it fits.
    await expect(new ReactionLibrary(area).importEntries(entries, [], { quota: quota + 1 })).resolves.toMatchObject({ addedCount: 50 });
  });

  it('importRoom() counts what an import could ever use: the quota less what other keys take', async () => {
    const area = new MemoryStorageArea({ [storageKey(URL_A)]: recordFor(URL_A), other: 'x'.repeat(100) });
    expect(await new ReactionLibrary(area).importRoom(10_000)).toBe(10_000 - storedBytes('other', 'x'.repeat(100)));
  });

  it('writes a big import in batches with progress, and undoes the written batches when one is refused', async () => {
    const kept = recordFor(URL_A, { updatedAt: 1 });
    const area = new MemoryStorageArea({ [storageKey(URL_A)]: kept });
    const before = await area.get(null);
    const count = IMPORT_WRITE_BATCH * 2 + 10;
    const entries = Array.from({ length: count }, (_, i) => ({ entry: i + 1, record: recordFor(i === 0 ? URL_A : `https://news.example/n${i}`, { updatedAt: 5_000 }) }));
    const progress: number[] = [];
    const set = area.set.bind(area);
    let calls = 0;
    area.set = async (items) => {
      if (++calls === 3) throw new Error('QUOTA_BYTES quota exceeded');
      await set(items);
    };
    await expect(new ReactionLibrary(area).importEntries(entries, [], { onProgress: (done) => progress.push(done) })).rejects.toBeInstanceOf(StorageFullError);
    expect(progress).toEqual([IMPORT_WRITE_BATCH, IMPORT_WRITE_BATCH * 2]);
    expect(await area.get(null)).toEqual(before);

    area.set = set;
    progress.length = 0;
    const result = await new ReactionLibrary(area).importEntries(entries, [], { onProgress: (done) => progress.push(done) });
    expect([result.addedCount, result.updatedCount]).toEqual([count - 1, 1]);
    expect(progress).toEqual([IMPORT_WRITE_BATCH, IMPORT_WRITE_BATCH * 2, count]);
  });
});
