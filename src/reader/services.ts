import { currentTabId, handoffIdFrom, keptKeyFrom } from '../platform/reader-page';
import { hasSitePermission, removeSitePermission, requestSitePermission } from '../platform/site-permissions';
import { browserStorageArea } from '../platform/storage-area';
import { lazyKeptStore, type KeptArticleAccess } from '../kept/lazy-kept-store';
import { alwaysOpenSites, type AlwaysOpenSettings } from '../storage/always-open-sites';
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
  /** The kept article this page shows instead (from the history: `?kept=URL`), read from the device. */
  keptKey: string | null;
  kept: KeptArticleAccess;
  alwaysOpen: StoredItem<AlwaysOpenSettings>;
  sitePermissions: { request(host: string): Promise<boolean>; remove(host: string): Promise<boolean>; has(host: string): Promise<boolean> };
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
    keptKey: keptKeyFrom(location.search),
    kept: lazyKeptStore(),
    alwaysOpen: alwaysOpenSites(browserStorageArea('sync')),
    sitePermissions: { request: requestSitePermission, remove: removeSitePermission, has: hasSitePermission },
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
