import type { SummarizerLike } from '../platform/on-device-summarizer';
import { ReactionLibrary } from '../reactions/library';
import { ReactionStore } from '../reactions/store';
import type { StorageArea } from '../storage/storage-area';
import { summarySettings, type SummarySettings } from '../storage/summary-settings';
import type { StoredItem } from '../storage/item';
import { downloadText } from './download';
import { readImportHere, type ReadImport } from './read-import';

/** Everything the history page needs from the browser, behind one interface so it renders on fakes. */
export interface HistoryServices {
  library: ReactionLibrary;
  store: ReactionStore;
  download(fileName: string, type: string, text: string): void;
  now(): number;
  summarySettings: StoredItem<SummarySettings>;
  summarizer: SummarizerLike | undefined;
  /** Reads an import file (in a worker in the extension). */
  readImport: ReadImport;
}

/**
 * The page's services over storage areas (the browser's `storage.local` and `storage.sync`, or fakes in
 * tests) and the browser's on-device summarizer, if any.
 */
export function historyServices(
  area: StorageArea,
  settingsArea: StorageArea = area,
  summarizer: SummarizerLike | undefined = undefined,
  readImport: ReadImport = readImportHere,
): HistoryServices {
  return {
    library: new ReactionLibrary(area),
    store: new ReactionStore(area),
    download: downloadText,
    now: Date.now,
    summarySettings: summarySettings(settingsArea),
    summarizer,
    readImport,
  };
}
