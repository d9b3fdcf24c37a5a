import { normalizeSpace, safeLocale } from '../text';

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

/** Splits text into sentences with the language's rules (Intl.Segmenter). */
export function splitSentences(text: string, lang?: string | null): string[] {
  const locale = safeLocale(lang);
  let segmenter = sentenceSegmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    sentenceSegmenters.set(locale, segmenter);
  }
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const sentence = normalizeSpace(segment);
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}
