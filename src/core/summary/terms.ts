import { stopWordsFor } from './stop-words';

/** Letters and digits, with inner apostrophes and number separators ("it’s", "48.39", "3,35") kept in the word. */
const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;

/**
 * Words longer than this are cut to it: a crude, language-neutral stemmer that folds "invest", "investors" and
 * "investment" together without shipping a stemmer per language.
 */
const STEM_LENGTH = 6;
const DIGIT = /\d/;

/** An index term and whether the word it came from was capitalised inside the sentence (a name, usually). */
export interface TermOccurrence {
  term: string;
  capitalised: boolean;
}

/** The index terms of a sentence: lower-case words without stop words, cut to a common stem. */
export function indexTerms(sentence: string, language: string): string[] {
  return termOccurrences(sentence, language).map((occurrence) => occurrence.term);
}

export function termOccurrences(sentence: string, language: string): TermOccurrence[] {
  const stopWords = stopWordsFor(language);
  const occurrences: TermOccurrence[] = [];
  let first = true;
  for (const [match] of sentence.matchAll(WORD)) {
    const lower = match.toLowerCase();
    const word = lower.includes("'") || lower.includes('’') ? withoutElisionOrClitic(lower) : lower;
    // Plain comparisons, not a Unicode expression: this runs for every word of the article.
    const capitalised = !first && match[0] !== lower[0];
    first = false;
    if (word.length < 2 || stopWords.has(word)) continue;
    occurrences.push({ term: word.length > STEM_LENGTH && !DIGIT.test(word) ? word.slice(0, STEM_LENGTH) : word, capitalised });
  }
  return occurrences;
}

/**
 * "l’économie" → "économie" (French elision: a short head before the apostrophe);
 * "deepseek’s", "don’t" → "deepseek", "don" (English possessive and contraction: keep the head).
 */
function withoutElisionOrClitic(word: string): string {
  const apostrophe = word.search(/['’]/);
  if (apostrophe === -1) return word;
  const head = word.slice(0, apostrophe);
  const tail = word.slice(apostrophe + 1);
  return head.length <= 2 || head.endsWith('qu') ? tail : head;
}
