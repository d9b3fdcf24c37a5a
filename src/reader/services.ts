import { currentTabId, handoffIdFrom } from '../platform/reader-page';
import { browserStorageArea } from '../platform/storage-area';
import { ReactionStore } from '../reactions/store';
import type { StoredItem } from '../storage/item';
import { readerSettings, type ReaderSettings } from '../storage/reader-settings';
import { HandoffStore } from '../storage/session-handoff';
import type { SynthesisLike, UtteranceLike } from './read-aloud';

/** Everything the reader page needs from the browser, behind one interface so it can render on fakes. */
export interface ReaderServices {
  /** The handoff entry this page shows (from its URL). */
  handoffId: string | null;
  handoff: Pick<HandoffStore, 'get'>;
  /** The tab this page is in: it shows only the entries handed over to this tab. */
  tabId(): Promise<number | null>;
  settings: StoredItem<ReaderSettings>;
  reactions: ReactionStore;
  /** The speech engine, or null where there is none. */
  speech: SynthesisLike | null;
  createUtterance(text: string): UtteranceLike;
  /** Puts text on the clipboard (Copy as Markdown). */
  copyText(text: string): Promise<void>;
  /** Back to the page the reader replaced; `fallbackUrl` when there is no history to go back in. */
  goBack(fallbackUrl: string | null): void;
}

export function browserReaderServices(): ReaderServices {
  const speech = typeof speechSynthesis === 'undefined' ? null : (speechSynthesis as unknown as SynthesisLike);
  return {
    handoffId: handoffIdFrom(location.search),
    handoff: new HandoffStore(browserStorageArea('session')),
    tabId: currentTabId,
    settings: readerSettings(browserStorageArea('sync')),
    reactions: new ReactionStore(browserStorageArea('local')),
    speech,
    createUtterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
    copyText: (text) => navigator.clipboard.writeText(text),
    goBack(fallbackUrl) {
      if (history.length > 1) history.back();
      else if (fallbackUrl) location.assign(fallbackUrl);
    },
  };
}
