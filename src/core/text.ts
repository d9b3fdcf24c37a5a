/** Small text helpers shared by the core modules. */

/** Collapses runs of whitespace and trims. */
export function normalizeSpace(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Counts words the way the language does (Intl.Segmenter also handles scripts without spaces). */
export function countWords(text: string, lang?: string | null): number {
  const locale = safeLocale(lang);
  let segmenter = wordSegmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    wordSegmenters.set(locale, segmenter);
  }
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
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

/** Average adult silent reading speed (words per minute) used for the reading-time estimate. */
export const WORDS_PER_MINUTE = 230;

export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
