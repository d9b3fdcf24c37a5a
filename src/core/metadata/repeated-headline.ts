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

const words = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/**
 * Removes the first heading of `content` when it is the headline or a shortened copy of it and at most a kicker or
 * a date line comes before it.
 */
export function removeRepeatedHeadline(content: Element, headline: string): void {
  const heading = content.querySelector('h1, h2, h3, h4, h5, h6');
  const text = normalizeSpace(heading?.textContent);
  const own = words(text);
  const title = words(headline);
  const repeats = own.join() === title.join() || (own.length >= MIN_FRAGMENT_WORDS && own.length * 2 >= title.length && own.every((word) => title.includes(word)));
  if (heading && text && repeats && normalizeSpace(content.textContent).indexOf(text) <= MAX_TEXT_BEFORE) heading.remove();
}
