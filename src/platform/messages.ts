/**
 * The typed protocol between extension pages and the script injected into a page. The injected script
 * installs a `PageExtractor` on its isolated world's global; pages call it through `scripting.executeScript`.
 */
import type { Article, PageProblem } from '../core';

export interface ExtractRequest {
  /** Extract even when the page does not look like an article. */
  force: boolean;
}

/** What reading a page gives: its article, or why there is none. */
export type PageResult =
  | { kind: 'article'; article: Article; canonicalUrl: string; extractionMs: number }
  | { kind: 'problem'; problem: PageProblem };

export interface PageExtractor {
  extract(request: ExtractRequest): PageResult;
}

/** Name of the global the injected script installs (in the extension's isolated world, not the page's). */
export const PAGE_EXTRACTOR_GLOBAL = '__cleanReaderExtractor';
