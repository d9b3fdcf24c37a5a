import { centrality, similarityGraph } from './centrality';
import { primaryLanguage } from './language';
import { SENTENCES_PER_LENGTH, type SummaryLength } from './lengths';
import { prior } from './priors';
import { selectSentences } from './select';
import { termVectors } from './term-vectors';
import { keyPointCandidates, sentenceUnits } from './units';

export interface SummarizeTextOptions {
  /** The text's language tag (`Article.lang`), e.g. "en" or "de-DE"; null means English rules. */
  lang: string | null;
  length: SummaryLength;
}

/**
 * Extractive summary, offline and deterministic: the text's most central sentences (continuous LexRank over
 * TF-IDF word overlap) weighted by priors (early, mid-length, reported rather than quoted, carrying figures),
 * without repeats, in article order.
 * Paragraphs in `text` are separated by blank lines. Returns fewer sentences than asked when the text has fewer.
 */
/**
 * Sentences past this many are not considered: the graph grows with the square of the sentence count, and a
 * long text's key points sit in its first few hundred sentences (the position prior says as much).
 */
export const MAX_CONSIDERED_SENTENCES = 300;

export function summarizeText(text: string, { lang, length }: SummarizeTextOptions): string[] {
  const language = primaryLanguage(lang);
  const units = sentenceUnits(text, lang, language).slice(0, MAX_CONSIDERED_SENTENCES);
  const count = SENTENCES_PER_LENGTH[length];
  const candidates = keyPointCandidates(units).map((unit) => unit.index);
  if (candidates.length <= count) return candidates.map((index) => units[index]!.text);

  const vectors = termVectors(units.map((unit) => unit.terms));
  const centralities = centrality(similarityGraph(vectors));
  const scores = units.map((unit) => centralities[unit.index]! * prior(unit));
  return selectSentences(candidates, scores, vectors, count).map((index) => units[index]!.text);
}
