/**
 * The typed protocol between extension pages and the scripts injected into a page. The injected extractor
 * installs a `PageExtractor` on its isolated world's global, and the finisher (for views with no DOM of their
 * own: the background worker) a `PageFinisher`; pages call them through `scripting.executeScript`.
 */
import type { Article, ExtractedPage, PageProblem } from '../core';

export interface ExtractRequest {
  /** Extract even when the page does not look like an article. */
  force: boolean;
}

/** What the injected extractor answers: the page's article as extracted (not yet finished), or why there is none. */
export type PageAnswer =
  | { kind: 'article'; page: ExtractedPage; canonicalUrl: string; extractionMs: number }
  | { kind: 'problem'; problem: PageProblem };

/** What reading a page gives once finished (key points): its article, or why there is none. */
export type PageResult =
  | { kind: 'article'; article: Article; canonicalUrl: string; extractionMs: number }
  | { kind: 'problem'; problem: PageProblem };

export interface PageExtractor {
  extract(request: ExtractRequest): PageAnswer;
}

export interface PageFinisher {
  finish(page: ExtractedPage): Article;
}

/** Names of the globals the injected scripts install (in the extension's isolated world, not the page's). */
export const PAGE_EXTRACTOR_GLOBAL = '__cleanReaderExtractor';
export const PAGE_FINISHER_GLOBAL = '__cleanReaderFinisher';
