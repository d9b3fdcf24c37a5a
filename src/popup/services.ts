import { extractFromTab, targetTab, type PageResult, type TabRef } from '../platform/page-extraction';
import type { ExtractRequest } from '../platform/messages';
import { openReaderInTab } from '../platform/reader-handoff';
import { browserStorageArea } from '../storage/browser-storage-area';
import { ReactionStore } from '../storage/reaction-store';
import type { HandoffPayload } from '../storage/session-handoff';

/** Everything the popup needs from the browser, behind one interface so it can render on fakes. */
export interface PopupServices {
  targetTab(): Promise<TabRef | null>;
  extract(tab: TabRef, request: ExtractRequest): Promise<PageResult>;
  reactions: ReactionStore;
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
    openReader: openReaderInTab,
    close: () => window.close(),
  };
}
