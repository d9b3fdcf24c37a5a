import { describe, expect, it } from 'vitest';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { summarySettings, SUMMARY_SETTINGS } from '../../../src/storage/summary-settings';

const KEY = SUMMARY_SETTINGS.key;

describe('the summary settings', () => {
  it('reads the defaults when nothing is stored, and what was stored after a write', async () => {
    const area = new MemoryStorageArea();
    const item = summarySettings(area);
    expect(await item.get()).toEqual({ value: { summarizer: 'extractive' }, problem: null });
    await item.set({ summarizer: 'on-device' });
    expect(await area.get(KEY)).toEqual({ [KEY]: { schemaVersion: 2, summarizer: 'on-device' } });
    expect(await item.get()).toEqual({ value: { summarizer: 'on-device' }, problem: null });
  });

  it('reads what the first version wrote (the choice wrapped in `value`)', async () => {
    const item = summarySettings(new MemoryStorageArea({ [KEY]: { schemaVersion: 1, value: { summarizer: 'on-device' } } }));
    expect(await item.get()).toEqual({ value: { summarizer: 'on-device' }, problem: null });
  });

  it.each([
    ['garbage', 'not-an-object'],
    [{ schemaVersion: 2, summarizer: 'gpt' }, 'malformed'],
    [{ schemaVersion: 1, value: 'on-device' }, 'malformed'],
    [{ schemaVersion: 9, summarizer: 'on-device' }, 'unknown-version'],
  ])('falls back to the defaults on %j and says why', async (stored, problem) => {
    const item = summarySettings(new MemoryStorageArea({ [KEY]: stored }));
    expect(await item.get()).toEqual({ value: { summarizer: 'extractive' }, problem });
  });

  it('tells watchers about a change made elsewhere', async () => {
    const area = new MemoryStorageArea();
    const seen: string[] = [];
    summarySettings(area).watch(({ value }) => seen.push(value.summarizer));
    await summarySettings(area).set({ summarizer: 'on-device' });
    expect(seen).toEqual(['on-device']);
  });
});
