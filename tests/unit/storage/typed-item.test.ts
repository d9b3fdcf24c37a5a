import { describe, expect, it } from 'vitest';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { summarySettings, SUMMARY_SETTINGS } from '../../../src/storage/summary-settings';

describe('a typed item (the summary settings)', () => {
  it('reads the defaults when nothing is stored, and what was stored after a write', async () => {
    const area = new MemoryStorageArea();
    const item = summarySettings(area);
    expect(await item.get()).toEqual({ value: { summarizer: 'extractive' }, problem: null });
    await item.set({ summarizer: 'on-device' });
    expect(await area.get(SUMMARY_SETTINGS.key)).toEqual({ [SUMMARY_SETTINGS.key]: { schemaVersion: 1, value: { summarizer: 'on-device' } } });
    expect(await item.get()).toEqual({ value: { summarizer: 'on-device' }, problem: null });
  });

  it.each([
    ['garbage', 'malformed'],
    [{ schemaVersion: 1, value: { summarizer: 'gpt' } }, 'malformed'],
    [{ schemaVersion: 9, value: { summarizer: 'on-device' } }, 'unknown-version'],
  ])('falls back to the defaults on %j and says why', async (stored, problem) => {
    const item = summarySettings(new MemoryStorageArea({ [SUMMARY_SETTINGS.key]: stored }));
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
