/**
 * Finishes an extracted article in the page's isolated world (src/ui/finish-page.ts), injected beside the
 * extractor: for the background worker, which has no DOM (shortcut, context menu, "always open here"), in the
 * same round as the extraction; for the popup in a second round, while it paints the card's head, as that is
 * faster than loading the finishing module into the popup (`npm run bench:popup`). The popup's round names the
 * extraction the page kept (src/content/page-extractor.ts) and gets back only what the card shows; the body,
 * sanitised, stays here until "Read" or a reaction asks for the whole article.
 */
import type { CardFinish } from '../core';
import { KEPT_PAGE_GLOBAL, NOT_KEPT, PAGE_FINISHER_GLOBAL, type KeptPage, type PageFinisher } from '../platform/messages';
import { finishCard, finishPage, parsedBody } from '../ui/finish-page';

const scope = globalThis as Record<string, unknown>;

/** The kept extraction named `id`, or null when the page holds another one or none. */
function kept(id: string): KeptPage | null {
  const found = scope[KEPT_PAGE_GLOBAL] as KeptPage | undefined;
  return found?.id === id ? found : null;
}

/**
 * The card of a kept extraction, computed once: from the body the extractor kept, else from the page's markup.
 * The body is let go once read (it holds the page's private copy); the whole article is made from the markup.
 */
function cardOf(entry: KeptPage): CardFinish {
  if (!entry.card) {
    entry.card = finishCard(entry.page, entry.body ?? parsedBody(entry.page, window));
    delete entry.body;
  }
  return entry.card;
}

const finisher: PageFinisher = {
  finish: (id, page) => finishPage(page, window, cardOf(kept(id) ?? { id, page })),
  finishCard(id, page) {
    let entry = kept(id);
    if (!entry && page) scope[KEPT_PAGE_GLOBAL] = entry = { id, page };
    if (!entry) return NOT_KEPT;
    return cardOf(entry);
  },
  keptArticle(id) {
    const entry = kept(id);
    if (!entry) return NOT_KEPT;
    return (entry.article ??= finishPage(entry.page, window, cardOf(entry)));
  },
};
scope[PAGE_FINISHER_GLOBAL] = finisher;
