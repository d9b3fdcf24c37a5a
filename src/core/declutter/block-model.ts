import type { ClutterKind } from '../article';
import type { BlockView } from './block';
import { blockFeatures, isScorable } from './block-features';
import { BLOCK_MODEL } from './block-model-weights';
import { captionKind } from './widget-caption';

/**
 * The learned block scorer: a logistic model over the block features (block-features.ts), trained by
 * bench/train-block-scorer.ts on the development pages only. It judges the blocks the rules leave; a block it
 * scores as clutter is removed only when its shape also says which kind of clutter it is, so the "Hid" list names
 * it truly; otherwise it stays.
 */

/** Decides a block the rules left: the kind of clutter it is, or null to keep it. */
export type BlockScorer = (el: Element, view: BlockView, rootChars: number) => ClutterKind | null;

/** Items and inline pieces are judged with their block, not alone. */
const SCORED_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FORM', 'UL', 'OL', 'NAV', 'FOOTER', 'HEADER', 'P', 'FIGURE', 'TABLE', 'CENTER', 'FIELDSET']);

/** Probability that a block is clutter, from its features. */
export function clutterProbability(features: readonly number[], model = BLOCK_MODEL): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i]! * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

export function isScoredTag(el: Element): boolean {
  return SCORED_TAGS.has(el.tagName) || el.tagName.includes('-');
}

/** The kind a block scored as clutter is, by what it holds; null when its shape names no kind. */
export function kindByShape(el: Element, view: BlockView, features: readonly number[]): ClutterKind | null {
  const s = view.stats(el);
  const named = captionKind(view.lead(el));
  if (named) return named;
  if (s.shareLinks > 0) return 'share';
  // Emoji, reaction words, stars or counts beside controls: an engagement widget.
  const [, linkDensity, , countShare, , emoji, reactionWords, stars] = features;
  if (emoji! > 0 || reactionWords! > 0 || stars! > 0 || (countShare! > 0 && s.controls + s.images + s.links > 0)) return 'reactions';
  if (linkDensity! >= 0.5 && s.links >= 2) return 'related';
  return null;
}

/** The scorer the pipeline uses: the trained model at its development-chosen threshold. */
export const learnedScorer: BlockScorer = (el, view, rootChars) => {
  if (!isScoredTag(el) || !isScorable(el, view)) return null;
  const features = blockFeatures(el, view, rootChars);
  if (clutterProbability(features) < BLOCK_MODEL.threshold) return null;
  return kindByShape(el, view, features);
};
