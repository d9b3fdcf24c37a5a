import { describe, expect, it } from 'vitest';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import {
  DEFAULT_READER_SETTINGS,
  nextTheme,
  READER_SETTINGS,
  readerSettings,
  stepFontSize,
  type ReaderSettings,
} from '../../../src/storage/reader-settings';

const custom: ReaderSettings = { theme: 'sepia', font: 'dyslexic', fontSize: 24, lineHeight: 1.8, width: 'wide', speechRate: 1.5 };
const KEY = READER_SETTINGS.key;

/** The settings as read back from `stored`. */
const readBack = (stored: unknown) => readerSettings(new MemoryStorageArea(stored === undefined ? {} : { [KEY]: stored })).get();

describe('reading the reader settings back', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await readBack(undefined)).toEqual({ value: DEFAULT_READER_SETTINGS, problem: null });
  });

  it('reads back what was written', async () => {
    expect(await readBack({ schemaVersion: 1, ...custom })).toEqual({ value: custom, problem: null });
  });

  it('replaces each bad field by its default and keeps the good ones', async () => {
    const read = await readBack({ schemaVersion: 1, ...custom, theme: 'neon', fontSize: 9999, lineHeight: '2' });
    expect(read.problem).toBe('malformed');
    expect(read.value).toEqual({ ...custom, theme: 'system', fontSize: 20, lineHeight: 1.6 });
  });

  it('fills fields a stored item does not have yet', async () => {
    const older: Record<string, unknown> = { schemaVersion: 1, ...custom };
    delete older.speechRate;
    expect(await readBack(older)).toEqual({ value: { ...custom, speechRate: 1 }, problem: null });
  });

  it('says so when the item is not an object or of another version', async () => {
    expect((await readBack('dark')).problem).toBe('not-an-object');
    expect((await readBack([custom])).value).toEqual(DEFAULT_READER_SETTINGS);
    expect(await readBack({ schemaVersion: 7, ...custom })).toEqual({ value: custom, problem: 'unknown-version' });
  });
});

describe('steps', () => {
  it('moves the size within bounds', () => {
    expect(stepFontSize(20, 1)).toBe(22);
    expect(stepFontSize(20, -1)).toBe(18);
    expect(stepFontSize(32, 1)).toBe(32);
    expect(stepFontSize(14, -1)).toBe(14);
    expect(stepFontSize(21, 1)).toBe(24);
  });

  it('cycles the themes', () => {
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('sepia');
    expect(nextTheme('sepia')).toBe('system');
    expect(nextTheme('system')).toBe('light');
  });
});

describe('the stored reader settings', () => {
  it('saves with a schema version and loads it back', async () => {
    const area = new MemoryStorageArea();
    const store = readerSettings(area);
    await store.set(custom);
    expect((await area.get(KEY))[KEY]).toEqual({ schemaVersion: 1, ...custom });
    expect((await store.get()).value).toEqual(custom);
  });

  it('coalesces quick saves into the latest value', async () => {
    const area = new MemoryStorageArea();
    let writes = 0;
    const set = area.set.bind(area);
    area.set = async (items) => {
      writes++;
      await set(items);
    };
    const store = readerSettings(area);
    const saves = [16, 18, 20, 22, 24].map((fontSize) => store.set({ ...custom, fontSize }));
    await Promise.all(saves);
    expect((await store.get()).value.fontSize).toBe(24);
    expect(writes).toBe(2);
  });

  it('rejects when the write fails, and writes again afterwards', async () => {
    const area = new MemoryStorageArea();
    const store = readerSettings(area);
    area.failWrites = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    await expect(store.set(custom)).rejects.toThrow(/quota/);
    area.failWrites = null;
    await store.set(custom);
    expect((await store.get()).value).toEqual(custom);
  });

  it('tells watchers about changes made anywhere', async () => {
    const area = new MemoryStorageArea();
    const seen: ReaderSettings[] = [];
    const stop = readerSettings(area).watch(({ value }) => seen.push(value));
    await readerSettings(area).set(custom);
    await area.set({ other: 1 });
    stop();
    await readerSettings(area).set({ ...custom, theme: 'dark' });
    expect(seen).toEqual([custom]);
  });
});
