/**
 * A label line above the article's first paragraph: "EXCLUSIVE", "BREAKING NEWS", "UPDATE", "OPINION". News
 * sites print such a kicker beside the headline; Readability keeps it as a body line of its own, which the reader
 * shows as the article's first words. A kicker is one or two words in capitals with no sentence punctuation,
 * in a block of its own (not a heading: a section heading may be in capitals), before any prose of the article.
 */
import { normalizeSpace } from '../text';

const MAX_KICKER_WORDS = 2;
/** Only this many blocks from the top are looked at. */
const TOP_BLOCKS = 3;

const WORD = /[\p{L}\p{N}]+/gu;

function isKicker(text: string): boolean {
  const words = text.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_KICKER_WORDS || /[.,;:!?]/.test(text)) return false;
  // Capitals, and letters at all: "2024" or "#1" is not a label.
  return /\p{L}{3,}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Removes kicker lines at the top of the content; returns how many. */
export function removeKickerLines(content: Element): number {
  // Headings are neither kickers nor prose: a title repeated above the body does not end the search. The top
  // blocks are all found before any goes, and only they are tested (not every block of a long article).
  const blocks: Element[] = [];
  for (const el of Array.from(content.querySelectorAll('p, div, span, strong, b'))) {
    if (el.querySelector('p, div, img, picture, figure, table, pre, ul, ol, h1, h2, h3, h4, h5, h6') || el.closest('h1, h2, h3, h4, h5, h6') || (el.textContent ?? '').trim() === '') continue;
    if (blocks.push(el) === TOP_BLOCKS) break;
  }
  let removed = 0;
  for (const block of blocks) {
    // The content may be detached from any document: removed means no longer inside it.
    if (!content.contains(block)) continue;
    const text = normalizeSpace(block.textContent);
    // A line of prose with words: the article has begun, no kicker after it.
    if (!isKicker(text)) {
      if ((text.match(WORD) ?? []).length > MAX_KICKER_WORDS) break;
      continue;
    }
    let target: Element = block;
    while (target.parentElement && target.parentElement !== content && (target.parentElement.textContent ?? '').trim() === text) target = target.parentElement;
    if (target.closest('li, td, th')) continue;
    target.remove();
    removed++;
  }
  return removed;
}
