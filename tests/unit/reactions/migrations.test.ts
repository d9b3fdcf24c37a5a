import { describe, expect, it } from 'vitest';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { storageKey } from '../../../src/reactions/record';
import { ensureSchemaVersion, migrateStorage, SCHEMA_VERSION_KEY } from '../../../src/reactions/migrations';
import { recordFor, URL_A, URL_B, v1RecordFor } from '../../harness/storage';

const URL_C = 'https://news.example/c';
const URL_D = 'https://news.example/d';

function v1Storage() {
  return new MemoryStorageArea({
    [SCHEMA_VERSION_KEY]: 1,
    [storageKey(URL_A)]: v1RecordFor(URL_A),
    [storageKey(URL_B)]: v1RecordFor(URL_B, { reaction: 'love' }),
    [storageKey(URL_C)]: { schemaVersion: 1, key: URL_C, reaction: 'nope' },
    [storageKey(URL_D)]: { schemaVersion: 9, key: URL_D, fromTheFuture: true },
    'reader:settings': { fontSize: 18 },
  });
}

describe('storage migration v1 → v2', () => {
  it('rewrites v1 records as v2, reports unreadable ones and leaves them and other keys untouched', async () => {
    const area = v1Storage();
    const report = await migrateStorage(area);
    expect(report).toEqual({
      from: 1,
      to: 2,
      migrated: 2,
      skipped: [
        { key: storageKey(URL_C), problem: 'malformed' },
        { key: storageKey(URL_D), problem: 'unknown-version' },
      ],
    });
    const after = await area.get(null);
    expect(after[SCHEMA_VERSION_KEY]).toBe(2);
    expect(after[storageKey(URL_A)]).toEqual({
      schemaVersion: 2, key: URL_A, url: URL_A, title: `Old title of ${URL_A}`, site: 'Old Site', leadImage: null, reaction: 'sad', savedAt: 500, updatedAt: 700,
    });
    expect(after[storageKey(URL_B)]).toMatchObject({ schemaVersion: 2, reaction: 'love' });
    expect(after[storageKey(URL_C)]).toEqual({ schemaVersion: 1, key: URL_C, reaction: 'nope' });
    expect(after[storageKey(URL_D)]).toEqual({ schemaVersion: 9, key: URL_D, fromTheFuture: true });
    expect(after['reader:settings']).toEqual({ fontSize: 18 });
  });

  it('is idempotent: a second run (the next update) changes nothing', async () => {
    const area = v1Storage();
    await migrateStorage(area);
    const once = await area.get(null);
    expect(await migrateStorage(area)).toMatchObject({ from: 2, to: 2, migrated: 0 });
    expect(await area.get(null)).toEqual(once);
  });

  it('records the current version on a fresh install', async () => {
    const area = new MemoryStorageArea();
    expect(await ensureSchemaVersion(area)).toBe(2);
    expect(await area.get(null)).toEqual({ [SCHEMA_VERSION_KEY]: 2 });
  });

  it('keeps v2 records as they are', async () => {
    const area = new MemoryStorageArea({ [SCHEMA_VERSION_KEY]: 2, [storageKey(URL_A)]: recordFor(URL_A, { leadImage: 'https://img.example/a.jpg' }) });
    expect(await migrateStorage(area)).toMatchObject({ migrated: 0 });
    expect((await area.get(null))[storageKey(URL_A)]).toEqual(recordFor(URL_A, { leadImage: 'https://img.example/a.jpg' }));
  });

  it('never records a version lower than the one stored (a downgrade does not pretend to have migrated)', async () => {
    const area = new MemoryStorageArea({ [SCHEMA_VERSION_KEY]: 5 });
    expect(await migrateStorage(area)).toMatchObject({ from: 5, to: 5 });
  });

  it('a failing write changes nothing and ensureSchemaVersion does not throw (records are upgraded when read)', async () => {
    const area = v1Storage();
    const before = await area.get(null);
    area.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await expect(migrateStorage(area)).rejects.toThrow(/quota/);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(await ensureSchemaVersion(area)).toBe(1);
    } finally {
      console.warn = warn;
    }
    expect(await area.get(null)).toEqual(before);
  });
});
