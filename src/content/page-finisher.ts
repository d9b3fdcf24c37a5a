/**
 * Injected beside the extractor only for the views that have no DOM of their own to finish an article with (the
 * background worker: shortcut, context menu, "always open here"). It finishes in the page's isolated world,
 * from the sanitised markup, exactly as the popup does.
 */
import type { ExtractedPage } from '../core';
import { PAGE_FINISHER_GLOBAL, type PageFinisher } from '../platform/messages';
import { finishPage } from '../ui/finish-page';

const finisher: PageFinisher = { finish: (page: ExtractedPage) => finishPage(page, window) };
(globalThis as Record<string, unknown>)[PAGE_FINISHER_GLOBAL] = finisher;
