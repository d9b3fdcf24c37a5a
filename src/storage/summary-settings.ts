import type { StorageArea } from './storage-area';
import { TypedItem, type ItemSpec } from './typed-item';

/** Who writes the popup's key points: our offline summariser, or the browser's on-device model. */
export type SummarizerChoice = 'extractive' | 'on-device';

export interface SummarySettings {
  summarizer: SummarizerChoice;
}

export const SUMMARY_SETTINGS: ItemSpec<SummarySettings> = {
  key: 'settings:summary',
  version: 1,
  // The on-device model is never used unless the person chose it.
  defaults: { summarizer: 'extractive' },
  parse(value) {
    const summarizer = (value as { summarizer?: unknown } | null)?.summarizer;
    return summarizer === 'extractive' || summarizer === 'on-device' ? { summarizer } : null;
  },
};

/** The summary settings, kept in `storage.sync` so they follow the person's browser profile. */
export function summarySettings(area: StorageArea): TypedItem<SummarySettings> {
  return new TypedItem(area, SUMMARY_SETTINGS);
}
