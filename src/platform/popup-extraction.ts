/**
 * The popup's way to read a tab: the extraction, and the card of it asked for in the same breath. Apart from
 * src/platform/page-extraction.ts so that the background, which finishes in the extraction's round, does not load it.
 */
import browser from './browser';
import { NOT_KEPT, PAGE_EXTRACTOR_GLOBAL, PAGE_FINISHER_GLOBAL, type ExtractRequest, type PageAnswer, type PageExtractor, type PageFinisher } from './messages';
import { extractFromTab, type TabRef } from './page-extraction';

/** Random, as the extractor's own ids (src/content/page-extractor.ts): an old id must not name a new page. */
function freshId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (word) => word.toString(36)).join('-');
}

/** Runs in the page's isolated world: the card of the kept extraction `id`, if the finisher is there and holds it. */
function cardInPage(finisherName: string, id: string): unknown {
  const finisher = (globalThis as Record<string, unknown>)[finisherName] as PageFinisher | undefined;
  return finisher ? finisher.finishCard(id, null) : null;
}

/** Runs in the page's isolated world: the card's head read by the installed extractor, or null before it is there. */
function headInPage(extractorName: string, request: ExtractRequest): unknown {
  const extractor = (globalThis as Record<string, unknown>)[extractorName] as PageExtractor | undefined;
  return extractor ? extractor.head(request) : null;
}

/** One round asking the page for the card's head (untrusted, unchecked); null where there is none or the tab refuses. */
function askHead(tabId: number, request: ExtractRequest): Promise<unknown> {
  return browser.scripting
    .executeScript({ target: { tabId }, func: headInPage, args: [PAGE_EXTRACTOR_GLOBAL, request] })
    .then(([frame]) => frame?.result ?? null, () => null);
}

/**
 * An extraction and, asked for in the same breath, the card of it; `card` is null where that could not be had.
 * `head`, what the card shows first (src/core/page-head.ts), settles before `answer` or with it (null then).
 */
export interface ExtractionWithCard {
  head: Promise<unknown>;
  answer: Promise<PageAnswer>;
  card: Promise<{ pageId: string; card: unknown } | null>;
}

/**
 * Extracts the article of a tab and asks at once, without waiting for the answer, for the card of that
 * extraction (key points, checked language): the page runs the two rounds one after the other, so the card comes
 * one round trip sooner than when asked for on the answer's arrival. The extraction is kept under an id chosen
 * here, so that the second round names it; where the first round did not extract (the scripts were not there
 * yet, the page needs the special-markup script, the tab refuses), the second finds no such extraction and
 * `card` is null: the popup then asks as before (`finishCardInTab`). The card is as untrusted as any answer.
 */
export function extractWithCardFromTab(tab: TabRef, request: ExtractRequest): ExtractionWithCard {
  const keepAs = freshId();
  // The head's round goes first, so the page answers it before it starts extracting. Where the extractor was not
  // there yet, the head is asked once more as soon as it is injected, again just before the extraction's round.
  const firstHead = askHead(tab.id, request);
  let askAgain: ((head: Promise<unknown> | null) => void) | null = null;
  const laterHead = new Promise<unknown>((resolve) => (askAgain = resolve));
  const injected = () => {
    askAgain?.(askHead(tab.id, request));
    askAgain = null;
  };
  // The first round is on its way once this returns: the call is made before the function's first await.
  const answer = extractFromTab(tab, { ...request, keepAs }, injected);
  // No injection (the page held the extractor, or refused): nothing more is coming.
  void answer.finally(() => askAgain?.(null));
  const head = firstHead.then((found) => found ?? laterHead);
  const card = browser.scripting
    .executeScript({ target: { tabId: tab.id }, func: cardInPage, args: [PAGE_FINISHER_GLOBAL, keepAs] })
    .then(([frame]) => {
      const result: unknown = frame?.result;
      return result === undefined || result === null || result === NOT_KEPT ? null : { pageId: keepAs, card: result };
    })
    .catch(() => null);
  return { head, answer, card };
}
