/**
 * Injected on demand (scripting.executeScript) into the active tab when the popup opens. It installs the
 * extractor on the isolated world's global; the popup then calls it with a second executeScript. The live
 * page is only read: the core works on a clone.
 */
import { canonicalUrl, extractArticle } from '../core';
import { PAGE_EXTRACTOR_GLOBAL, type ExtractRequest, type ExtractResponse, type PageExtractor } from '../platform/messages';

/** Past this many elements the page is refused rather than risk a frozen tab. */
const MAX_ELEMENTS = 150_000;

function extract({ force }: ExtractRequest): ExtractResponse {
  try {
    if (document.contentType === 'application/pdf') return { status: 'pdf' };
    const elementCount = document.getElementsByTagName('*').length;
    if (elementCount > MAX_ELEMENTS) return { status: 'too-large', elementCount };
    const started = performance.now();
    const url = location.href;
    const outcome = extractArticle(document, { url, force, maxElemsToParse: MAX_ELEMENTS });
    if (outcome.status === 'not-article') return { status: 'not-article', title: outcome.title || location.host, reason: outcome.reason };
    return {
      status: 'article',
      article: outcome.article,
      canonicalUrl: canonicalUrl(document, url),
      extractionMs: performance.now() - started,
    };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

const extractor: PageExtractor = { extract };
(globalThis as Record<string, unknown>)[PAGE_EXTRACTOR_GLOBAL] = extractor;
