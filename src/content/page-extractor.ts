/**
 * Injected on demand (scripting.executeScript) into the active tab when the popup opens. It installs the
 * extractor on the isolated world's global; the popup then calls it with a second executeScript. The live
 * page is only read: the core works on a clone. It only extracts: the key points are computed by the finisher
 * (src/content/page-finisher.ts) in a later round, so the card's head does not wait for them. It keeps what it
 * extracted on the same global, under a fresh id, so that round sends the id instead of the page back, with the
 * extracted body itself, which that round reads the key points' blocks from.
 * Code, formulas, embeds and callouts are prepared by a second script (src/content/special-markup.ts), injected
 * only into pages that have them: without it, such a page answers that it needs it.
 */
import { canonicalUrl, extractPage, pageHead, refuseSpecialMarkup, SpecialMarkupNotLoaded, type PageHead, type PageProblem, type SpecialMarkupStage } from '../core';
import {
  KEPT_PAGE_GLOBAL,
  PAGE_EXTRACTOR_GLOBAL,
  SPECIAL_MARKUP_GLOBAL,
  type ExtractRequest,
  type KeptPage,
  type PageAnswer,
  type PageExtractor,
  type SpecialMarkupNeeded,
} from '../platform/messages';

/** Past this many elements the page is refused rather than risk a frozen tab. */
const MAX_ELEMENTS = 150_000;

/** Random, not a count: after a reload the page's count starts again, and an old id must not name the new page. */
function freshId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (word) => word.toString(36)).join('-');
}

const problem = (found: PageProblem): PageAnswer => ({ kind: 'problem', problem: found });

function extract({ force, keepAs }: ExtractRequest): PageAnswer | SpecialMarkupNeeded {
  try {
    if (document.contentType === 'application/pdf') return problem({ kind: 'restricted', reason: 'pdf' });
    const elementCount = document.getElementsByTagName('*').length;
    if (elementCount > MAX_ELEMENTS) return problem({ kind: 'too-large', elementCount });
    const started = performance.now();
    const url = location.href;
    const special = (globalThis as Record<string, unknown>)[SPECIAL_MARKUP_GLOBAL] as SpecialMarkupStage | undefined;
    const outcome = extractPage(document, { url, force, maxElemsToParse: MAX_ELEMENTS }, special ?? refuseSpecialMarkup);
    if (outcome.status === 'not-article') return problem({ kind: 'not-article', title: outcome.title || location.host, reason: outcome.reason });
    const kept: KeptPage = { id: typeof keepAs === 'string' && keepAs ? keepAs : freshId(), page: outcome.page, body: outcome.body };
    (globalThis as Record<string, unknown>)[KEPT_PAGE_GLOBAL] = kept;
    return {
      kind: 'article',
      page: outcome.page,
      pageId: kept.id,
      canonicalUrl: canonicalUrl(document, url),
      extractionMs: performance.now() - started,
    };
  } catch (error) {
    if (error instanceof SpecialMarkupNotLoaded) return { kind: 'needs-special-markup' };
    return problem({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Whether the extractor would refuse the page before reading it: a PDF, or a page past MAX_ELEMENTS. */
const refused = (): boolean => document.contentType === 'application/pdf' || document.getElementsByTagName('*').length > MAX_ELEMENTS;

/** The card's head, read before the extraction (src/core/page-head.ts); null where the extraction has the say. */
function head({ force }: ExtractRequest): PageHead | null {
  try {
    return refused() ? null : pageHead(document, location.href, force);
  } catch {
    return null;
  }
}

const extractor: PageExtractor = { extract, head };
(globalThis as Record<string, unknown>)[PAGE_EXTRACTOR_GLOBAL] = extractor;
