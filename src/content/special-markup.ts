/**
 * Injected beside the extractor (src/content/page-extractor.ts) only into pages with code, formulas, embeds or
 * callouts (the check is `hasSpecialMarkup`, src/core/content/special-markup-check.ts): it installs their
 * preparation on the isolated world's global, where the extractor looks for it. Kept out of the extractor so that
 * the script every page loads is smaller.
 */
import { prepareSpecialMarkup } from '../core';
import { SPECIAL_MARKUP_GLOBAL } from '../platform/messages';

(globalThis as Record<string, unknown>)[SPECIAL_MARKUP_GLOBAL] = prepareSpecialMarkup;
