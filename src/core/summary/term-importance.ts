/**
 * How likely each of the article's terms is to be in a summary a person would write: a small logistic model of
 * the term's frequency, spread, first appearance, presence in the headline and the opening, capitalisation and
 * whether it is a number (weights in weights.ts, fitted on the development sets' reference summaries). The
 * key points are chosen to cover the likely terms (select.ts), which is what keeps them from repeating each other.
 */
import { sentenceFact, type FactTerms } from './facts';
import type { SentenceUnit } from './units';
import type { SummaryWeights } from './weights';

export const TERM_FEATURE_NAMES = [
  /** log(1 + occurrences in the article). */
  'frequency',
  /** Share of the article's sentences that have it. */
  'spread',
  /** log(1 + index of the first sentence that has it). */
  'firstPosition',
  /** 1 when the headline has it. */
  'inTitle',
  /** 1 when the opening sentence has it. */
  'inOpening',
  /** Share of its occurrences capitalised inside a sentence: a name. */
  'capitalised',
  /** 1 for a number. */
  'number',
] as const;

export type TermFeatureName = (typeof TERM_FEATURE_NAMES)[number];

export interface ArticleTerms {
  /** The distinct terms, in order of first appearance. */
  terms: string[];
  /** One row per term, one value per entry of TERM_FEATURE_NAMES. */
  values: number[][];
  /** For each unit, the ids (indices into `terms`) of its distinct terms. */
  unitTerms: number[][];
  /** For each unit, the fact it states as term ids, or null (facts.ts). */
  unitFacts: (FactTerms | null)[];
}

export interface TermWeights {
  /** Per language; languages without one use `default`. */
  intercept: Readonly<Record<string, number>>;
  features: Readonly<Record<TermFeatureName, number>>;
}

export function articleTerms(units: readonly SentenceUnit[], titleTerms: readonly string[]): ArticleTerms {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const stats: { count: number; sentences: number; first: number; capitalised: number; opening: boolean }[] = [];
  const unitTerms = units.map((unit, position) => {
    const seen = new Set<number>();
    for (const { term, capitalised } of unit.occurrences) {
      let id = ids.get(term);
      if (id === undefined) {
        id = terms.length;
        ids.set(term, id);
        terms.push(term);
        stats.push({ count: 0, sentences: 0, first: position, capitalised: 0, opening: false });
      }
      const stat = stats[id]!;
      stat.count++;
      if (capitalised) stat.capitalised++;
      if (!seen.has(id)) {
        seen.add(id);
        stat.sentences++;
        if (position === 0) stat.opening = true;
      }
    }
    return [...seen];
  });
  const facts = units.map(sentenceFact);
  const title = new Set(titleTerms);
  const values = terms.map((term, id) => {
    const stat = stats[id]!;
    return [
      Math.log(1 + stat.count),
      stat.sentences / Math.max(units.length, 1),
      Math.log(1 + stat.first),
      title.has(term) ? 1 : 0,
      stat.opening ? 1 : 0,
      stat.capitalised / stat.count,
      DIGIT.test(term) ? 1 : 0,
    ];
  });
  const unitFacts = facts.map((fact) => (fact ? { names: fact.names.map((term) => ids.get(term)!), figures: fact.figures.map((term) => ids.get(term)!) } : null));
  return { terms, values, unitTerms, unitFacts };
}

const DIGIT = /\d/;


/** The probability of each term of the article being in a summary. */
export function termProbabilities(article: ArticleTerms, language: string, weights: TermWeights): Float64Array {
  const intercept = weights.intercept[language] ?? weights.intercept.default ?? 0;
  const out = new Float64Array(article.terms.length);
  article.values.forEach((row, id) => {
    let logit = intercept;
    TERM_FEATURE_NAMES.forEach((name, k) => {
      logit += weights.features[name] * row[k]!;
    });
    out[id] = 1 / (1 + Math.exp(-logit));
  });
  return out;
}

/**
 * What covering each term is worth to the selection: its probability of being in a summary, and for a number
 * (an amount, a count, a date) a bonus on top: the figures are what a reader of the key points most often needs
 * and what the opening most often leaves for later sentences. Scaled by how much coverage counts beside a
 * sentence's own score.
 */
export function conceptValues(article: ArticleTerms, language: string, weights: SummaryWeights): Float64Array {
  const values = termProbabilities(article, language, weights.terms);
  article.values.forEach((row, id) => {
    values[id] = weights.coverageWeight * (values[id]! + weights.figureBonus * row[NUMBER_FEATURE]!);
  });
  return values;
}

const NUMBER_FEATURE = TERM_FEATURE_NAMES.indexOf('number');
