/**
 * The typed protocol between extension pages and the scripts injected into a page. The injected extractor
 * installs a `PageExtractor` on its isolated world's global and keeps what it extracted there (`KeptPage`), and
 * the finisher a `PageFinisher`; pages call them through `scripting.executeScript`.
 */
import type { Article, CardFinish, ExtractedPage, PageHead, PageProblem } from '../core';

export interface ExtractRequest {
  /** Extract even when the page does not look like an article. */
  force: boolean;
  /**
   * The id to keep the extraction under, chosen by the caller (random, as the extractor's own), so that it can
   * ask for the card of that extraction before its answer is back (src/platform/page-extraction.ts).
   */
  keepAs?: string;
}

/**
 * What the injected extractor answers: the page's article as extracted (not yet finished), or why there is none.
 * `pageId` names the copy the page keeps, so a later round can finish it there without sending it back.
 */
export type PageAnswer =
  | { kind: 'article'; page: ExtractedPage; pageId: string; canonicalUrl: string; extractionMs: number }
  | { kind: 'problem'; problem: PageProblem };

/** What reading a page gives once finished (key points): its article, or why there is none. */
export type PageResult =
  | { kind: 'article'; article: Article; canonicalUrl: string; extractionMs: number }
  | { kind: 'problem'; problem: PageProblem };

/**
 * The extractor's answer on a page with code, formulas, embeds or callouts before the script that prepares them
 * (src/content/special-markup.ts) is there: the caller injects it and asks again.
 */
export interface SpecialMarkupNeeded {
  kind: 'needs-special-markup';
}

export interface PageExtractor {
  extract(request: ExtractRequest): PageAnswer | SpecialMarkupNeeded;
  /**
   * What the card shows first, read from the page without extracting (src/core/page-head.ts), asked for in a
   * round of its own just before the extraction's; null where the page does not look like an article or the
   * extraction would refuse it.
   */
  head(request: ExtractRequest): PageHead | null;
}

/** The page's last extraction, kept in the isolated world; `card` and `article` once the finisher computed them. */
export interface KeptPage {
  id: string;
  page: ExtractedPage;
  /**
   * The extracted body itself (the pipeline's private copy), which the finisher reads the key points' blocks
   * from; absent where a view sent the page back (the page had been reloaded). Never sent.
   */
  body?: Element;
  card?: CardFinish;
  article?: Article;
}

/** The finisher's answer when the page no longer holds the extraction named (reloaded, or extracted again). */
export const NOT_KEPT = 'not-kept';

export interface PageFinisher {
  /**
   * The whole article, for a view with no DOM of its own (the background), in the extraction's round: `page` as
   * the extractor just answered it, kept under `id`.
   */
  finish(id: string, page: ExtractedPage): Article;
  /**
   * What the card needs (checked language, key points, the publisher's summary) of the kept extraction `id`;
   * given `page` instead when the page no longer holds it, which it then keeps under `id`.
   */
  finishCard(id: string, page: ExtractedPage | null): CardFinish | typeof NOT_KEPT;
  /** The whole article (sanitised body) of the kept extraction `id`, for "Read" and keeping. */
  keptArticle(id: string): Article | typeof NOT_KEPT;
}

/** Names of the globals the injected scripts install (in the extension's isolated world, not the page's). */
export const PAGE_EXTRACTOR_GLOBAL = '__cleanReaderExtractor';
export const PAGE_FINISHER_GLOBAL = '__cleanReaderFinisher';
export const KEPT_PAGE_GLOBAL = '__cleanReaderPage';
/** Where src/content/special-markup.ts installs the special-markup stage (a `SpecialMarkupStage`). */
export const SPECIAL_MARKUP_GLOBAL = '__cleanReaderSpecialMarkup';
