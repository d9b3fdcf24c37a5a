import type { ClutterKind } from '../article';
import type { BlockView } from './block';

/**
 * What a rule found: the words a reader would know the block by (its heading, or its first words), or '' when it
 * has none worth showing (an empty ad slot, an icon row); such blocks are counted, not named.
 */
export interface ClutterMatch {
  label: string;
  /** The kind when the block shows it is another than the rule's own (a lone "Follow us" is a social box). */
  kind?: ClutterKind;
}

/** One family of clutter: decides whether a block is that kind of clutter, from its names and its shape. */
export interface ClutterRule {
  kind: ClutterKind;
  /**
   * Whether the rule may remove a block that holds prose (a comment thread does); every other rule leaves
   * such blocks alone.
   */
  mayHoldProse?: boolean;
  /** Blocks of this kind are counted, never named (an ad's "Advertisement" tells a reader nothing). */
  unnamed?: boolean;
  match(el: Element, view: BlockView): ClutterMatch | null;
}

/** Longest label kept; longer ones are cut at a word. */
const MAX_LABEL_CHARS = 48;
/** A count as a counter prints it: "46,091", "1.2K", "12 mil" is the count and its word. */
const COUNT_TOKEN = /^\d[\d.,]*[kKmM]?$/;
/** Words a counter row sets between its counts ("Fans Like", "Followers Follow"). */
const MAX_WORDS_BETWEEN_COUNTS = 3;

/**
 * Whether a text is a row of counts with their words ("112,480 Fans Like 46,091 Followers Follow"): it opens with a
 * count, holds two or more, and no more than a few words run between them. Such a row names nothing a reader
 * knows; a heading with a number in it ("10 stories that shaped the year") runs on in words.
 */
function countRow(text: string): boolean {
  const tokens = text.split(' ').filter((token) => /[\p{L}\d]/u.test(token));
  if (!COUNT_TOKEN.test(tokens[0] ?? '')) return false;
  let counts = 0;
  let run = 0;
  for (const token of tokens) {
    if (COUNT_TOKEN.test(token)) {
      counts++;
      run = 0;
    } else if (++run > MAX_WORDS_BETWEEN_COUNTS) return false;
  }
  return counts >= 2;
}

/**
 * A match named by the block's heading, else its first words. Counts, emoji and symbols alone name nothing
 * ("12 4 0"), nor do tag names or addresses: such a block gets an empty label.
 */
export function labelled(view: BlockView, el: Element): ClutterMatch {
  return { label: readableLabel(view.lead(el)) || readableLabel(view.signature(el)) };
}

export function readableLabel(text: string): string {
  // A caption's colon introduced the block; in a list of what was hidden it is noise ("Teilen mit:").
  const clean = text
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;!?])/g, '$1')
    .trim()
    .replace(/\s*[:：]$/u, '');
  // Two letters in a row at least: a word, not "12", "★★★★☆" or "👍 3"; nor a row of counts.
  if (!/\p{L}{2}/u.test(clean) || countRow(clean)) return '';
  if (clean.length <= MAX_LABEL_CHARS) return clean;
  const cut = clean.slice(0, MAX_LABEL_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_LABEL_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '') + '…';
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
