/**
 * The headline again at the top of the body. The reader shows the headline in its header, and Readability keeps a
 * copy of it in the content whenever its own idea of the title differs (an `og:title` that is the brand, "Example
 * AI"), or when the page prints a shortened headline above the story (TMZ's "$150K Pearl Oscar Dress ... STOLEN!!!!"
 * under "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"). A heading before any prose of the article whose
 * words are all the headline's, and at least half of them, is such a copy; a section heading later on never is.
 */
import { normalizeSpace } from '../text';

/** Underscores join: "example_size_t" is not "example::size_t". */
const WORD = /[\p{L}\p{N}_]+/gu;
/** A shortened headline has at least this many words; a shorter one must be the whole headline. */
const MIN_FRAGMENT_WORDS = 3;
/** Text allowed above the copy: a kicker, a date line; a sentence of prose is longer. */
const MAX_TEXT_BEFORE = 60;

const words = (text: string): string[] => (text.normalize('NFKC').toLowerCase().match(WORD) ?? []);

/** Whether `heading` is the headline or a shortened copy of it. */
export function repeatsHeadline(heading: string, headline: string): boolean {
  const own = words(heading);
  const title = words(headline);
  if (own.length === 0 || title.length === 0) return false;
  if (own.join(' ') === title.join(' ')) return true;
  const titleWords = new Set(title);
  return own.length >= MIN_FRAGMENT_WORDS && own.length * 2 >= title.length && own.every((word) => titleWords.has(word));
}

/** Removes the first heading of `content` when it repeats `headline` and no prose precedes it; returns whether it did. */
export function removeRepeatedHeadline(content: Element, headline: string): boolean {
  if (!normalizeSpace(headline)) return false;
  const heading = content.querySelector('h1, h2, h3, h4, h5, h6');
  if (!heading || !repeatsHeadline(normalizeSpace(heading.textContent), headline)) return false;
  if (textBefore(content, heading).length > MAX_TEXT_BEFORE) return false;
  heading.remove();
  return true;
}

/** The text of `root` that comes before `target` in document order (the content may be detached: no Range). */
function textBefore(root: Element, target: Element): string {
  let text = '';
  const walk = (node: Node): boolean => {
    if (node === target) return true;
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    for (let child = node.firstChild; child; child = child.nextSibling) if (walk(child)) return true;
    return false;
  };
  walk(root);
  return normalizeSpace(text);
}
