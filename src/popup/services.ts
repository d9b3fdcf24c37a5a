import { setTabBadge } from '../platform/badge';
import browser from '../platform/browser';
import type { ExtractRequest, PageResult } from '../platform/messages';
import { browserSummarizer, type SummarizerLike } from '../platform/on-device-summarizer';
import { extractFromTab, targetTab, type TabRef } from '../platform/page-extraction';
import { takeEarlyExtraction } from './early-extraction';
import { showReaderPage } from '../platform/reader-page';
import { browserStorageArea } from '../platform/storage-area';
import { lazyKeptStore, type KeptArticleAccess } from '../kept/lazy-kept-store';
import { ReactionStore } from '../reactions/store';
import type { StoredItem } from '../storage/item';
import { HandoffStore, parseArticle, type HandoffPayload } from '../storage/session-handoff';
import { INVALID } from '../storage/validators';
import { summarySettings, type SummarySettings } from '../storage/summary-settings';

/** Everything the popup needs from the browser, behind one interface so it can render on fakes. */
export interface PopupServices {
  targetTab(): Promise<TabRef | null>;
  extract(tab: TabRef, request: ExtractRequest): Promise<PageResult>;
  reactions: ReactionStore;
  /** Kept articles: a reaction keeps the article on the device too. */
  kept: KeptArticleAccess;
  /** Shows `text` (the reaction's emoji) on the toolbar icon for this tab, or clears it with null. */
  setBadge(tabId: number, text: string | null): Promise<void>;
  /** Opens the reactions history (the extension's options page). */
  openHistory(): Promise<void>;
  summarySettings: StoredItem<SummarySettings>;
  /** The browser's on-device Summarizer API, where it has one. */
  summarizer: SummarizerLike | undefined;
  /** Shows `payload` in the reader page in tab `tabId` (the article's tab, not the popup's). */
  openReader(tabId: number, payload: HandoffPayload): Promise<void>;
  /** Closes the popup once the reader is on its way. */
  close(): void;
}

export function browserPopupServices(): PopupServices {
  const handoff = new HandoffStore(browserStorageArea('session'));
  // What the boot script asked for before this module loaded: the first tab and its first (unforced) reading.
  // Each is taken once: "Try again" and "Try anyway" ask afresh.
  const early = takeEarlyExtraction();
  let earlyTab = early?.tab ?? null;
  let earlyResult = early?.result ?? null;
  return {
    targetTab: () => {
      const tab = earlyTab ?? targetTab(location.search);
      earlyTab = null;
      return tab;
    },
    extract: async (tab, request) => {
      const first = request.force ? null : earlyResult;
      earlyResult = null;
      const result = (await first) ?? (await extractFromTab(tab, request));
      if (result.kind !== 'article') return result;
      // The same checks and caps as every other view's (a 200,000-character title is shown cut, with "…").
      const article = parseArticle(result.article);
      if (article === INVALID) return { kind: 'problem', problem: { kind: 'error', message: 'The page gave an article that cannot be shown.' } };
      return { ...result, article };
    },
    reactions: new ReactionStore(browserStorageArea('local')),
    kept: lazyKeptStore(),
    setBadge: setTabBadge,
    openHistory: async () => {
      await browser.runtime.openOptionsPage();
      window.close();
    },
    summarySettings: summarySettings(browserStorageArea('sync')),
    summarizer: browserSummarizer(),
    openReader: async (tabId, payload) => showReaderPage(tabId, await handoff.put(tabId, payload)),
    close: () => window.close(),
  };
}
