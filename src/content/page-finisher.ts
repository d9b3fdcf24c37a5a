/**
 * Finishes an extracted article in the page's isolated world (src/ui/finish-page.ts), injected beside the
 * extractor: for the background worker, which has no DOM (shortcut, context menu, "always open here"), in the
 * same round as the extraction; for the popup in a second round, while it paints the card's head, as that is
 * faster than loading the finishing module into the popup (`npm run bench:popup`).
 */
import type { ExtractedPage } from '../core';
import { PAGE_FINISHER_GLOBAL, type PageFinisher } from '../platform/messages';
import { finishPage } from '../ui/finish-page';

const finisher: PageFinisher = { finish: (page: ExtractedPage) => finishPage(page, window) };
(globalThis as Record<string, unknown>)[PAGE_FINISHER_GLOBAL] = finisher;
