import { normalizeSpace, sentenceSegmenter } from '../text';
import { primaryLanguage } from './language';
import { repairSegments } from './sentence-repair';

/** Paragraphs of a text whose paragraphs are separated by blank lines (as `Article.textContent` is). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[^\S\n]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/**
 * Splits text into sentences with the language's rules (Intl.Segmenter), repaired for abbreviations, quotes and
 * missing spaces. A sentence never spans two paragraphs.
 */
export function splitSentences(text: string, lang?: string | null): string[] {
  return splitParagraphs(text).flatMap((paragraph) => paragraphSentences(paragraph, lang));
}

/** The sentences of one paragraph. */
export function paragraphSentences(paragraph: string, lang?: string | null): string[] {
  const segmenter = sentenceSegmenter(lang);
  const raw = Array.from(segmenter.segment(paragraph), ({ segment }) => segment);
  const sentences: string[] = [];
  for (const segment of repairSegments(raw, primaryLanguage(lang))) {
    const sentence = normalizeSpace(segment);
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}
