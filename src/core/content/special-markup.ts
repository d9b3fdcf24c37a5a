import { normalizeCallouts } from './callouts';
import { normalizeCodeBlocks } from './code-blocks';
import { embedCards } from './embeds';
import { normalizeMath } from './math';

/**
 * The preparation only pages with special markup need: code blocks (code-blocks.ts), formulas (math.ts), embedded
 * media (embeds.ts) and callouts (callouts.ts), in the order `prepareContent` runs them. Returns the classes they
 * wrote. The script injected into pages leaves it out and loads it only where `hasSpecialMarkup` finds such markup
 * (special-markup-check.ts); Node and the tests run it always.
 */
export type SpecialMarkupStage = (body: Element, base: string) => string[];

export const prepareSpecialMarkup: SpecialMarkupStage = (body, base) => [
  ...normalizeCodeBlocks(body),
  ...normalizeMath(body),
  ...embedCards(body, base),
  ...normalizeCallouts(body),
];
