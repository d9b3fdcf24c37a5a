/**
 * Finishes an extracted article in the page's isolated world (src/ui/finish-page.ts), injected beside the
 * extractor: for the background worker, which has no DOM (shortcut, context menu, "always open here"), in the
 * same round as the extraction; for the popup in a second round, while it paints the card's head, as that is
 * faster than loading the finishing module into the popup (`npm run bench:popup`). The popup's round names the
 * extraction the page kept (src/content/page-extractor.ts) and gets back only what the card shows; the body,
 * sanitised, stays here until "Read" or a reaction asks for the whole article.
 */
import type { ExtractedPage } from '../core';
import { KEPT_PAGE_GLOBAL, NOT_KEPT, PAGE_FINISHER_GLOBAL, type KeptPage, type PageFinisher } from '../platform/messages';
import { finishCard, finishPage } from '../ui/finish-page';

const scope = globalThis as Record<string, unknown>;

/** The kept extraction named `id`, or null when the page holds another one or none. */
function kept(id: string): KeptPage | null {
  const found = scope[KEPT_PAGE_GLOBAL] as KeptPage | undefined;
  return found?.id === id ? found : null;
}

const finisher: PageFinisher = {
  finish: (page: ExtractedPage) => finishPage(page, window),
  finishCard(id, page) {
    let entry = kept(id);
    if (!entry && page) scope[KEPT_PAGE_GLOBAL] = entry = { id, page };
    if (!entry) return NOT_KEPT;
    return (entry.card ??= finishCard(entry.page));
  },
  keptArticle(id) {
    const entry = kept(id);
    if (!entry) return NOT_KEPT;
    return (entry.article ??= finishPage(entry.page, window, entry.card));
  },
};
scope[PAGE_FINISHER_GLOBAL] = finisher;
