import { ReactionLibrary } from '../storage/library';
import { ReactionStore } from '../storage/reaction-store';
import type { StorageArea } from '../storage/storage-area';
import { downloadText } from './download';

/** Everything the history page needs from the browser, behind one interface so it renders on fakes. */
export interface HistoryServices {
  library: ReactionLibrary;
  store: ReactionStore;
  download(fileName: string, type: string, text: string): void;
  now(): number;
}

/** The page's services over a storage area (the browser's `storage.local`, or a fake in tests). */
export function historyServices(area: StorageArea): HistoryServices {
  return {
    library: new ReactionLibrary(area),
    store: new ReactionStore(area),
    download: downloadText,
    now: Date.now,
  };
}
