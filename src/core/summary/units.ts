import { indexTerms } from './terms';
import { paragraphSentences, splitParagraphs } from './sentences';

/** One sentence of the article, with what scoring needs to know about it. */
export interface SentenceUnit {
  text: string;
  /** Order in the article, from 0. */
  index: number;
  paragraph: number;
  /** Order within its paragraph, from 0: paragraph openers often state the paragraph's point. */
  indexInParagraph: number;
  words: number;
  terms: string[];
  /** Ends with . ! ? or … (before closing quotes): headings, captions and credits do not. */
  endsLikeSentence: boolean;
}

/** Text without sentence punctuation is cut into pieces of at most this many words, so no key point is a wall. */
export const MAX_UNPUNCTUATED_WORDS = 40;

const WORD_LIKE = /[\p{L}\p{N}]+/gu;
const SENTENCE_END = /[.!?…。！？][”’"'»)\]]*$/u;

export function sentenceUnits(text: string, lang: string | null, language: string): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  splitParagraphs(text).forEach((paragraph, paragraphIndex) => {
    const pieces = paragraphSentences(paragraph, lang).flatMap(cutUnpunctuated);
    pieces.forEach((piece, indexInParagraph) => {
      units.push({
        text: piece,
        index: units.length,
        paragraph: paragraphIndex,
        indexInParagraph,
        words: piece.match(WORD_LIKE)?.length ?? 0,
        terms: indexTerms(piece, language),
        endsLikeSentence: SENTENCE_END.test(piece),
      });
    });
  });
  return units;
}

/** A key point has at least this many words; shorter lines are labels, bylines or captions. */
const MIN_KEY_POINT_WORDS = 5;

/**
 * The units a summary may be made of: whole sentences of some length; when the text has none (a list of words,
 * text without punctuation) every unit with a word in it, so that the summary is never empty when the text is not.
 */
export function keyPointCandidates(units: readonly SentenceUnit[]): SentenceUnit[] {
  const sentences = units.filter((unit) => unit.endsLikeSentence && unit.words >= MIN_KEY_POINT_WORDS);
  return sentences.length > 0 ? sentences : units.filter((unit) => unit.words > 0);
}

function cutUnpunctuated(sentence: string): string[] {
  if (SENTENCE_END.test(sentence)) return [sentence];
  const words = sentence.split(' ');
  if (words.length <= MAX_UNPUNCTUATED_WORDS) return [sentence];
  const pieces: string[] = [];
  for (let start = 0; start < words.length; start += MAX_UNPUNCTUATED_WORDS) {
    pieces.push(words.slice(start, start + MAX_UNPUNCTUATED_WORDS).join(' '));
  }
  return pieces;
}
