import { StoredItem, type ItemSpec } from './item';
import type { StorageArea } from './storage-area';
import { field, isOneOf, isPlainObject, parseFields } from './validators';

/** Who writes the popup's key points: our offline summariser, or the browser's on-device model. */
export type SummarizerChoice = 'extractive' | 'on-device';

export interface SummarySettings {
  summarizer: SummarizerChoice;
}

/**
 * v1 wrapped the settings (`{ schemaVersion: 1, value: { summarizer } }`); v2 stores them as every item is
 * stored, beside the version.
 */
export const SUMMARY_SETTINGS: ItemSpec<SummarySettings> = {
  key: 'settings:summary',
  // The on-device model is never used unless the person chose it.
  defaults: { summarizer: 'extractive' },
  format: {
    version: 2,
    migrations: { 1: (v1) => ({ ...(isPlainObject(v1.value) ? v1.value : {}), schemaVersion: 2 }) },
    unknownVersions: 'refuse',
    parse: (object) => parseFields(object, { summarizer: field(isOneOf<SummarizerChoice>(['extractive', 'on-device'])) }),
  },
};

/** The summary settings, kept in `storage.sync` so they follow the person's browser profile. */
export function summarySettings(area: StorageArea): StoredItem<SummarySettings> {
  return new StoredItem(area, SUMMARY_SETTINGS);
}
