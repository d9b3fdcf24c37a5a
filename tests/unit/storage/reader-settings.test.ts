import { describe, expect, it } from 'vitest';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import {
  DEFAULT_READER_SETTINGS,
  READER_SETTINGS_KEY,
  ReaderSettingsStore,
  nextTheme,
  parseReaderSettings,
  stepFontSize,
  type ReaderSettings,
} from '../../../src/storage/reader-settings';

const custom: ReaderSettings = { theme: 'sepia', font: 'dyslexic', fontSize: 24, lineHeight: 1.8, width: 'wide', speechRate: 1.5 };

describe('parseReaderSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseReaderSettings(undefined)).toEqual({ settings: DEFAULT_READER_SETTINGS, problem: null });
  });

  it('reads back what was written', () => {
    expect(parseReaderSettings({ schemaVersion: 1, ...custom })).toEqual({ settings: custom, problem: null });
  });

  it('replaces each bad field by its default and keeps the good ones', () => {
    const parsed = parseReaderSettings({ schemaVersion: 1, ...custom, theme: 'neon', fontSize: 9999, lineHeight: '2' });
    expect(parsed.problem).toBe('malformed-fields');
    expect(parsed.settings).toEqual({ ...custom, theme: 'system', fontSize: 20, lineHeight: 1.6 });
  });

  it('fills fields a stored item does not have yet', () => {
    const older: Record<string, unknown> = { schemaVersion: 1, ...custom };
    delete older.speechRate;
    expect(parseReaderSettings(older)).toEqual({ settings: { ...custom, speechRate: 1 }, problem: null });
  });

  it('says so when the item is not an object or of another version', () => {
    expect(parseReaderSettings('dark').problem).toBe('not-an-object');
    expect(parseReaderSettings([custom]).settings).toEqual(DEFAULT_READER_SETTINGS);
    expect(parseReaderSettings({ schemaVersion: 7, ...custom })).toEqual({ settings: custom, problem: 'unknown-version' });
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

describe('ReaderSettingsStore', () => {
  it('saves with a schema version and loads it back', async () => {
    const area = new MemoryStorageArea();
    const store = new ReaderSettingsStore(area);
    await store.save(custom);
    expect((await area.get(READER_SETTINGS_KEY))[READER_SETTINGS_KEY]).toEqual({ schemaVersion: 1, ...custom });
    expect((await store.load()).settings).toEqual(custom);
  });

  it('coalesces quick saves into the latest value', async () => {
    const area = new MemoryStorageArea();
    let writes = 0;
    const set = area.set.bind(area);
    area.set = async (items) => {
      writes++;
      await set(items);
    };
    const store = new ReaderSettingsStore(area);
    const saves = [16, 18, 20, 22, 24].map((fontSize) => store.save({ ...custom, fontSize }));
    await Promise.all(saves);
    expect((await store.load()).settings.fontSize).toBe(24);
    expect(writes).toBe(2);
  });

  it('rejects when the write fails, and writes again afterwards', async () => {
    const area = new MemoryStorageArea();
    const store = new ReaderSettingsStore(area);
    area.failWrites = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    await expect(store.save(custom)).rejects.toThrow(/quota/);
    area.failWrites = null;
    await store.save(custom);
    expect((await store.load()).settings).toEqual(custom);
  });

  it('tells watchers about changes made anywhere', async () => {
    const area = new MemoryStorageArea();
    const seen: ReaderSettings[] = [];
    const stop = new ReaderSettingsStore(area).watch((settings) => seen.push(settings));
    await new ReaderSettingsStore(area).save(custom);
    await area.set({ other: 1 });
    stop();
    await new ReaderSettingsStore(area).save({ ...custom, theme: 'dark' });
    expect(seen).toEqual([custom]);
  });
});
