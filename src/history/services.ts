import { KeptArticleStore } from '../kept/kept-store';
import type { SummarizerLike } from '../platform/on-device-summarizer';
import { ReactionLibrary } from '../reactions/library';
import { ReactionStore } from '../reactions/store';
import type { StorageArea } from '../storage/storage-area';
import { summarySettings, type SummarySettings } from '../storage/summary-settings';
import type { StoredItem } from '../storage/item';
import { alwaysOpenSites, type AlwaysOpenSettings } from '../storage/always-open-sites';
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
  /** Kept articles (IndexedDB), and the reader page that opens one from the device. */
  kept: KeptArticleStore;
  keptReaderUrl(canonicalUrl: string): string;
  /** "Always open here": the sites, and their host permissions. */
  alwaysOpen: StoredItem<AlwaysOpenSettings>;
  sitePermissions: { has(host: string): Promise<boolean>; remove(host: string): Promise<boolean> };
  /** The window the HTML of imported articles is sanitised with. */
  sanitizeWindow: Window;
}

/** What the page needs beyond storage areas; the extension passes the browser's, tests pass fakes. */
export interface HistoryPlatform {
  kept?: KeptArticleStore;
  keptReaderUrl?(canonicalUrl: string): string;
  sitePermissions?: HistoryServices['sitePermissions'];
  readImport?: ReadImport;
}

/**
 * The page's services over storage areas (the browser's `storage.local` and `storage.sync`, or fakes in
 * tests) and the browser's on-device summarizer, if any.
 */
export function historyServices(
  area: StorageArea,
  settingsArea: StorageArea = area,
  summarizer: SummarizerLike | undefined = undefined,
  platform: HistoryPlatform = {},
): HistoryServices {
  return {
    kept: platform.kept ?? new KeptArticleStore(),
    keptReaderUrl: platform.keptReaderUrl ?? ((canonicalUrl) => `../reader/index.html?kept=${encodeURIComponent(canonicalUrl)}`),
    alwaysOpen: alwaysOpenSites(settingsArea),
    sitePermissions: platform.sitePermissions ?? { has: async () => false, remove: async () => false },
    sanitizeWindow: window,
    library: new ReactionLibrary(area),
    store: new ReactionStore(area),
    download: downloadText,
    now: Date.now,
    summarySettings: summarySettings(settingsArea),
    summarizer,
    readImport: platform.readImport ?? readImportHere,
  };
}
