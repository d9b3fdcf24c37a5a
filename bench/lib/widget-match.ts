import { JSDOM } from 'jsdom';
import { blockText } from '../../src/core/block-text';

/**
 * How the widget benchmark decides that a string survived: one normalisation for widget strings, host text and
 * extracted output, and a phrase match that respects word and number edges.
 */

/** Lower case, one kind of space and apostrophe, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
// Scripts written without spaces: a phrase in them may sit between any two characters.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;

/** A neighbour breaks the phrase's edge when it continues the same kind of token: letter after letter, digit after digit (or a separator inside a number). */
function continues(edge: string, neighbour: string | undefined): boolean {
  if (neighbour === undefined || UNSPACED.test(edge)) return false;
  if (LETTER.test(edge)) return LETTER.test(neighbour);
  if (DIGIT.test(edge)) return DIGIT.test(neighbour) || neighbour === ',' || neighbour === '.';
  return false;
}

/**
 * Whether normalised `text` holds the (raw) phrase as a whole: "12" is not found in "2012" or "1,204", "like" not
 * in "likely", but "Like" is found in "Like12" (a label run into its count).
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = normalizeText(phrase);
  if (!needle) return false;
  const first = needle[0]!;
  const last = needle[needle.length - 1]!;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = at > 0 ? text[at - 1] : undefined;
    const after = text[at + needle.length];
    // A number's edge may touch a separator only when that separator is not followed by more digits ("1,204").
    const afterBreaks = continues(last, after) && !(DIGIT.test(last) && (after === ',' || after === '.') && !DIGIT.test(text[at + needle.length + 1] ?? ''));
    const beforeBreaks = continues(first, before) && !(DIGIT.test(first) && (before === ',' || before === '.') && !DIGIT.test(text[at - 2] ?? ''));
    if (!beforeBreaks && !afterBreaks) return true;
  }
  return false;
}

/** Text of an element as a reader sees it, plus the alt text of its images, normalised. */
export function readableText(root: Element): string {
  const alts = [...root.querySelectorAll('img[alt], area[alt], input[type=image][alt]')].map((el) => el.getAttribute('alt') ?? '');
  return normalizeText([blockText(root), ...alts].join('\n'));
}

/** The same for an HTML fragment (a system's extracted content). */
export function fragmentText(html: string): string {
  const wrapper = JSDOM.fragment(`<div>${html}</div>`).firstElementChild;
  return wrapper ? readableText(wrapper as unknown as Element) : '';
}
