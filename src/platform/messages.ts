/**
 * The typed protocol between extension pages and the script injected into a page. The injected script
 * installs a `PageExtractor` on its isolated world's global; pages call it through `scripting.executeScript`.
 */
import type { Article } from '../core';

export interface ExtractRequest {
  /** Extract even when the page does not look like an article. */
  force: boolean;
}

export type ExtractResponse =
  | { status: 'article'; article: Article; canonicalUrl: string; extractionMs: number }
  | { status: 'not-article'; title: string; reason: 'not-readerable' | 'no-content' }
  | { status: 'too-large'; elementCount: number }
  | { status: 'pdf' }
  | { status: 'error'; message: string };

export interface PageExtractor {
  extract(request: ExtractRequest): ExtractResponse;
}

/** Name of the global the injected script installs (in the extension's isolated world, not the page's). */
export const PAGE_EXTRACTOR_GLOBAL = '__cleanReaderExtractor';
