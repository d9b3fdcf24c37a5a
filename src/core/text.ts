/** Small text helpers shared by the core modules. */

/** Collapses runs of whitespace and trims. */
export function normalizeSpace(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The text with every whitespace removed: to compare a block's text with another's whatever the spacing. */
export function compactText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s/g, '');
}

/**
 * A run of letters, digits and marks, with inner apostrophes, hyphens or dots ("don't", "U.S.", "e-mail"),
 * and numbers with inner commas or colons ("3,5", "09:30").
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+|[,:]\p{N}+)*/gu;
/** Chinese and Japanese characters: written without spaces, about two characters to a word. */
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Scripts written without spaces whose words only a dictionary can find. */
const NO_SPACE_SCRIPTS = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Counts words. A regular expression, not Intl.Segmenter, except for Thai, Lao, Khmer and Burmese: the word
 * segmenter takes seconds on a long article (6 s for 18,000 words in Node), the expression milliseconds.
 */
export function countWords(text: string, lang?: string | null): number {
  if (NO_SPACE_SCRIPTS.test(text)) {
    let words = 0;
    for (const segment of new Intl.Segmenter(safeLocale(lang), { granularity: 'word' }).segment(text)) if (segment.isWordLike) words++;
    return words;
  }
  const hanKana = text.match(HAN_KANA)?.length ?? 0;
  const spaced = hanKana > 0 ? text.replace(HAN_KANA, ' ') : text;
  return (spaced.match(WORD)?.length ?? 0) + Math.ceil(hanKana / 2);
}

/** A locale tag Intl accepts, or 'en' when the page's `lang` is missing or malformed. */
export function safeLocale(lang?: string | null): string {
  if (!lang) return 'en';
  try {
    return Intl.getCanonicalLocales(lang.trim())[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

/** The sentence segmenter for a page's `lang` (English rules when it is missing or malformed), made once per locale. */
export function sentenceSegmenter(lang?: string | null): Intl.Segmenter {
  const locale = safeLocale(lang);
  let segmenter = sentenceSegmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    sentenceSegmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Average adult silent reading speed (words per minute) used for the reading-time estimate. */
export const WORDS_PER_MINUTE = 230;

export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
