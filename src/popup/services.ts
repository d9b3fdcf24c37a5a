import type { Article, CardFinish, ExtractedPage, PageHead } from '../core';
import { setTabBadge } from '../platform/badge';
import browser from '../platform/browser';
import type { ExtractRequest, PageAnswer } from '../platform/messages';
import type { SummarizerLike } from '../platform/on-device-summarizer';
import { finishCardInTab, keptArticleInTab, targetTab, type TabRef } from '../platform/page-extraction';
import { extractWithCardFromTab, type ExtractionWithCard } from '../platform/popup-extraction';
import { takeEarlyExtraction } from './early-extraction';
import { showReaderPage } from '../platform/reader-page';
import { browserStorageArea } from '../platform/storage-area';
import { lazyKeptStore, type KeptArticleAccess } from '../kept/lazy-kept-store';
import { ReactionStore } from '../reactions/store';
import type { StoredItem } from '../storage/item';
import { HandoffStore, parseArticle, type HandoffPayload } from '../storage/session-handoff';
import { parseCardFinish, parseExtractedPage, parsePageHead } from '../ui/parse-page';
import { INVALID } from '../storage/validators';
import type { SummarySettings } from '../storage/summary-settings';

/** Everything the popup needs from the browser, behind one interface so it can render on fakes. */
export interface PopupServices {
  targetTab(): Promise<TabRef | null>;
  /**
   * The tab's article as the page extracted it, checked field by field (the popup finishes it: src/ui/finish-page.ts);
   * before it, `onHead` gets what the page said of itself before extracting (src/core/page-head.ts), where it did.
   */
  extract(tab: TabRef, request: ExtractRequest, onHead?: (head: PageHead) => void): Promise<PageAnswer>;
  /**
   * What the card shows of the article finished from what the page extracted (key points, checked language:
   * src/ui/finish-page.ts), while the card's head (title, site, image) is painted from what the page extracted.
   */
  finish(page: ExtractedPage): Promise<CardFinish>;
  /** The whole finished article (sanitised body), for "Read" and keeping: the body crosses only then. */
  article(page: ExtractedPage): Promise<Article>;
  reactions: ReactionStore;
  /** Kept articles: a reaction keeps the article on the device too. */
  kept: KeptArticleAccess;
  /** Shows `text` (the reaction's emoji) on the toolbar icon for this tab, or clears it with null. */
  setBadge(tabId: number, text: string | null): Promise<void>;
  /** Opens the reactions history (the extension's options page). */
  openHistory(): Promise<void>;
  /** Which key points the person chose; read once the extractive ones are on screen. */
  summarySettings: Pick<StoredItem<SummarySettings>, 'get'>;
  /** The browser's on-device Summarizer API, where it has one. */
  summarizer: SummarizerLike | undefined;
  /** Shows `payload` in the reader page in tab `tabId` (the article's tab, not the popup's). */
  openReader(tabId: number, payload: HandoffPayload): Promise<void>;
  /** Closes the popup once the reader is on its way. */
  close(): void;
}

/**
 * Where the page cannot finish it: the finishing module (the summariser and the sanitiser) is asked for only
 * once the card's head is on screen, as parsing it earlier would hold up that first paint.
 */
function finishingAfterPaint(): Promise<typeof import('../ui/finish-page')> {
  return new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted))).then(() => import('../ui/finish-page'));
}

/** The summary settings, their module loaded on first read: the card's first paint does not need them. */
function lazySummarySettings(): PopupServices['summarySettings'] {
  return {
    get: async () => {
      const { summarySettings } = await import('../storage/summary-settings');
      return summarySettings(browserStorageArea('sync')).get();
    },
  };
}

export function browserPopupServices(): PopupServices {
  const handoff = new HandoffStore(browserStorageArea('session'));
  // What the boot script asked for before this module loaded: the first tab and its first (unforced) reading.
  // Each is taken once: "Try again" and "Try anyway" ask afresh.
  const early = takeEarlyExtraction();
  let earlyTab = early?.tab ?? null;
  let earlyResult = early?.result ?? null;
  // The tab each extracted page came from, the id its copy is kept there under, so that the page finishes it,
  // and the card asked for with the extraction.
  const originOf = new WeakMap<ExtractedPage, { tabId: number; pageId: string; card: ExtractionWithCard['card'] }>();
  return {
    targetTab: () => {
      const tab = earlyTab ?? targetTab(location.search);
      earlyTab = null;
      return tab;
    },
    extract: async (tab, request, onHead) => {
      const first = request.force ? null : earlyResult;
      earlyResult = null;
      const reading = (await first) ?? extractWithCardFromTab(tab, request);
      void reading.head.then((raw) => {
        const head = raw === null ? INVALID : parsePageHead(raw);
        if (head !== INVALID) onHead?.(head);
      });
      const result = await reading.answer;
      if (result.kind !== 'article') return result;
      // The same checks and caps as every other view's (a 200,000-character title is shown cut, with "…").
      const page = parseExtractedPage(result.page);
      if (page === INVALID) return { kind: 'problem', problem: { kind: 'error', message: 'The page gave an article that cannot be shown.' } };
      originOf.set(page, { tabId: tab.id, pageId: result.pageId, card: reading.card });
      return { ...result, page };
    },
    // In the page, one more script round: faster than loading the finishing module here (bench/popup-paint.ts).
    finish: async (page) => {
      const origin = originOf.get(page);
      if (origin) {
        // Asked for with the extraction; else (the page had to be given its scripts first) asked for now.
        const early = await origin.card;
        const asked = early?.pageId === origin.pageId ? parseCardFinish(early.card) : INVALID;
        if (asked !== INVALID) return asked;
        const card = await finishCardInTab(origin.tabId, origin.pageId, page).then(parseCardFinish, (): typeof INVALID => INVALID);
        if (card !== INVALID) return card;
      }
      const { finishCard, parsedBody } = await finishingAfterPaint();
      return finishCard(page, parsedBody(page, window));
    },
    article: async (page) => {
      const origin = originOf.get(page);
      if (origin) {
        // 'not-kept' (the page was reloaded) fails the check as well: the popup then finishes its own copy.
        const article = await keptArticleInTab(origin.tabId, origin.pageId).then(parseArticle, (): typeof INVALID => INVALID);
        if (article !== INVALID) return article;
      }
      const { finishPage } = await import('../ui/finish-page');
      return finishPage(page, window);
    },
    reactions: new ReactionStore(browserStorageArea('local')),
    kept: lazyKeptStore(),
    setBadge: setTabBadge,
    openHistory: async () => {
      await browser.runtime.openOptionsPage();
      window.close();
    },
    summarySettings: lazySummarySettings(),
    // The global `browserSummarizer()` reads, looked up without importing its module, so that module (with the sentence
    // splitter and stop words it brings) loads only for a person who chose it (src/popup/use-key-points.ts).
    summarizer: (globalThis as { Summarizer?: SummarizerLike }).Summarizer,
    openReader: async (tabId, payload) => showReaderPage(tabId, await handoff.put(tabId, payload)),
    close: () => window.close(),
  };
}
