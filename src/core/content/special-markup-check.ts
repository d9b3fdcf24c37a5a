import { hasCallouts } from './callouts';
import { hasCodeMarkup } from './code-blocks';
import { hasEmbedMarkup } from './embeds';
import { hasMathMarkup } from './math';
import type { SpecialMarkupStage } from './special-markup';

/**
 * Whether the special-markup stage (special-markup.ts) may change anything under `root`, on a page whose addresses
 * resolve against `base`. Each of its stages answers for itself, beside the code its answer must cover; only these
 * checks are imported here, so the script injected into pages carries them without the stages.
 */
export function hasSpecialMarkup(root: Element, base: string): boolean {
  return hasCodeMarkup(root) || hasMathMarkup(root) || hasEmbedMarkup(root, base) || hasCallouts(root);
}

/**
 * Markup most pages that need the stage have, found by one quick query of the live page before the extractor is
 * injected, so that both scripts go in at once. Only a hint: where it misses, the extractor's own check
 * (`refuseSpecialMarkup`) asks for the stage one round later; where it finds what the stage leaves alone, the
 * stage is loaded for nothing. Chosen on the development pages of the Readability and Defuddle corpora
 * (bench/special-markup-parity.ts counts what it foresaw).
 */
export const SPECIAL_MARKUP_HINT = [
  'pre, code, math, mjx-container, .katex, .mwe-math-element',
  // Images of formulas: a TeX service's address, or a TeX command in the alt text.
  'img[src*="latex" i], img[alt*="\\\\"]',
  'video, audio, iframe[src*="youtu"], iframe[src*="vimeo"], blockquote.twitter-tweet, blockquote.instagram-media, [data-callout]',
].join(', ');

/** Thrown by `refuseSpecialMarkup` where the page needs the stage it was not given. */
export class SpecialMarkupNotLoaded extends Error {
  constructor() {
    super('The page has code, formulas, embeds or callouts, and their preparation is not loaded.');
  }
}

/**
 * The stage where it is not loaded: changes nothing where there is nothing for it to change, and throws
 * `SpecialMarkupNotLoaded` otherwise, so the caller loads it and runs again; the result is never one without it.
 */
export const refuseSpecialMarkup: SpecialMarkupStage = (body, base) => {
  if (hasSpecialMarkup(body, base)) throw new SpecialMarkupNotLoaded();
  return [];
};
