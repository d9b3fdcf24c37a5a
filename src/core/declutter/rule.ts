import type { ClutterKind } from '../article';
import type { BlockView } from './block';

/** What a rule found: a short label for the report, and how many items the widget had when it counts them. */
export interface ClutterMatch {
  label: string;
  items?: number;
}

/** One family of clutter: decides whether a block is that kind of clutter, from its names and its shape. */
export interface ClutterRule {
  kind: ClutterKind;
  /**
   * Whether the rule may remove a block that holds prose (a comment thread does); every other rule leaves
   * such blocks alone.
   */
  mayHoldProse?: boolean;
  match(el: Element, view: BlockView): ClutterMatch | null;
}

/** A match labelled with the block's heading, or the start of its text. */
export function labelled(view: BlockView, el: Element, items?: number): ClutterMatch {
  const text = view.lead(el) || view.signature(el) || (el.getAttribute('src') ?? el.tagName.toLowerCase());
  const label = text.length > 40 ? text.slice(0, 39).trimEnd() + '…' : text;
  return items === undefined ? { label } : { label, items };
}

/** Share of the block's text that sits in links. */
export function linkDensity(view: BlockView, el: Element): number {
  const s = view.stats(el);
  return s.chars === 0 ? 0 : s.linkChars / s.chars;
}

/** Words (runs of letters) in a text. */
export function wordCount(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0;
}
