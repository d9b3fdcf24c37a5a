import { setTabBadge } from '../platform/badge';
import browser from '../platform/browser';
import { extractFromTab, targetTab, type PageResult, type TabRef } from '../platform/page-extraction';
import type { ExtractRequest } from '../platform/messages';
import { openReaderInTab } from '../platform/reader-handoff';
import { browserStorageArea } from '../storage/browser-storage-area';
import { browserSummarizer, type SummarizerLike } from '../core/summary/on-device';
import { ReactionStore } from '../storage/reaction-store';
import { summarySettings, type SummarySettings } from '../storage/summary-settings';
import type { TypedItem } from '../storage/typed-item';
import type { HandoffPayload } from '../storage/session-handoff';

/** Everything the popup needs from the browser, behind one interface so it can render on fakes. */
export interface PopupServices {
  targetTab(): Promise<TabRef | null>;
  extract(tab: TabRef, request: ExtractRequest): Promise<PageResult>;
  reactions: ReactionStore;
  /** Shows `text` (the reaction's emoji) on the toolbar icon for this tab, or clears it with null. */
  setBadge(tabId: number, text: string | null): Promise<void>;
  /** Opens the reactions history (the extension's options page). */
  openHistory(): Promise<void>;
  summarySettings: TypedItem<SummarySettings>;
  /** The browser's on-device Summarizer API, where it has one. */
  summarizer: SummarizerLike | undefined;
  /** Shows `payload` in the reader page in tab `tabId` (the article's tab, not the popup's). */
  openReader(tabId: number, payload: HandoffPayload): Promise<void>;
  /** Closes the popup once the reader is on its way. */
  close(): void;
}

export function browserPopupServices(): PopupServices {
  return {
    targetTab: () => targetTab(location.search),
    extract: extractFromTab,
    reactions: new ReactionStore(browserStorageArea('local')),
    setBadge: setTabBadge,
    openHistory: async () => {
      await browser.runtime.openOptionsPage();
      window.close();
    },
    summarySettings: summarySettings(browserStorageArea('sync')),
    summarizer: browserSummarizer(),
    openReader: openReaderInTab,
    close: () => window.close(),
  };
}
