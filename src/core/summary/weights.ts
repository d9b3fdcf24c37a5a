/**
 * How the scorer weighs a sentence's features. The numbers marked "fitted" come from the tuning parts of the
 * development sets (CNN highlights, English; OrangeSum standfirsts, French) by `npm run bench:summary -- --fit`:
 * a logistic regression of "is this sentence in the story's oracle summary" on the features and of "the
 * reference has this term" on the term features, then a grid search of the selection's weights on ROUGE. The held
 * parts were not used. The others are set by hand and say why.
 */
import { FEATURE_NAMES, type FeatureName, type SentenceFeatures } from './features';
import type { TermWeights } from './term-importance';

/** First position of each bucket of the position table: sentence 0, 1, 2, 3, 4, 5–6, 7–9, 10–14, 15–24, 25+. */
export const POSITION_BUCKET_STARTS: readonly number[] = [0, 1, 2, 3, 4, 5, 7, 10, 15, 25];

export interface SummaryWeights {
  /**
   * Log-odds of a sentence's position bucket (POSITION_BUCKET_STARTS), per language: how much more likely a
   * sentence there is to belong in a summary. Fitted per language; `default` is their mean.
   */
  position: Readonly<Record<string, readonly number[]>>;
  /** One weight per feature (fitted). */
  features: Readonly<Record<FeatureName, number>>;
  /** Not fitted: the development sets have no headings. A section's first sentence states its point. */
  sectionOpener: number;
  /** The model of which terms a summary has (fitted). */
  terms: TermWeights;
  /** How much a sentence's own score counts beside the terms it covers, for the first point (fitted on ROUGE). */
  openingPrior: number;
  /** The same for the later points (fitted on ROUGE). */
  sentencePrior: number;
  /** What each word of a key point costs: shorter points say the same in fewer words (fitted on ROUGE). */
  wordCost: number;
  /** How much the worth of the concepts a point adds counts beside its own score (fitted on ROUGE). */
  coverageWeight: number;
  /** What covering a number adds to its term's worth (fitted on ROUGE). */
  figureBonus: number;
  /**
   * What a point adds when it gives a figure of a named entity and both are new to the points before it (facts.ts;
   * grid-searched on ROUGE over the tuning parts: 0, 1, 2, 3; 1 and 2 tie, +0.2 ROUGE-1 on CNN's tuning part).
   */
  factBonus: number;
  /** How the worth a point adds is normalised by its length, 0 to 1 (select.ts; fitted on ROUGE). */
  lengthExponent: number;
  /**
   * What a point past the third must add, as a share of what each point before it added (select.ts: the best
   * point among those that add that much, or that state a new fact). Grid-searched with `factBonus` on the tuning
   * parts (0.8, 1, 1.5): 1 gives the best mean ROUGE there, with 4 or 5 points for 71 of the 350 stories.
   */
  extraPointShare: number;
}

/** Languages without a fitted table use this one. */
export const DEFAULT_POSITION_LANGUAGE = 'default';

export const WEIGHTS: SummaryWeights = {
  position: {
    en: [-1.19, -1.08, -2.04, -1.97, -2.11, -2.79, -2.71, -3.62, -3.84, -4.42],
    fr: [-2.03, -1.03, -1.13, -2.13, -2.22, -2.44, -3.03, -3.85, -3.41, -3.41],
    default: [-1.61, -1.06, -1.58, -2.05, -2.16, -2.61, -2.87, -3.74, -3.62, -3.91],
  },
  features: {
    centrality: 0.47,
    title: 2.77,
    length: -0.31,
    lengthSquared: -0.05,
    relativePosition: 1.03,
    figures: -0.26,
    quotation: -0.07,
    quotedShare: -0.48,
    names: 0.26,
  },
  sectionOpener: 0.7,
  terms: {
    intercept: {
      en: -2.38,
      fr: -2.73,
      default: -2.55,
    },
    features: {
      frequency: 1.37,
      spread: 2.3,
      firstPosition: -0.84,
      inTitle: 1.18,
      inOpening: -0.96,
      capitalised: 0.46,
      number: 0.16,
    },
  },
  openingPrior: 1,
  sentencePrior: 2,
  wordCost: 0.15,
  coverageWeight: 2,
  figureBonus: 0.5,
  factBonus: 1,
  lengthExponent: 0.5,
  extraPointShare: 1,
};

export function positionBucket(position: number): number {
  let bucket = 0;
  while (bucket + 1 < POSITION_BUCKET_STARTS.length && position >= POSITION_BUCKET_STARTS[bucket + 1]!) bucket++;
  return bucket;
}

export function positionWeight(weights: SummaryWeights, language: string, position: number): number {
  const table = weights.position[language] ?? weights.position[DEFAULT_POSITION_LANGUAGE]!;
  return table[positionBucket(position)]!;
}

/** A sentence's score before repetition is accounted for: its log-odds of belonging in a summary. */
export function sentenceScore(features: SentenceFeatures, language: string, weights: SummaryWeights): number {
  let score = positionWeight(weights, language, features.position) + weights.sectionOpener * features.sectionOpener;
  FEATURE_NAMES.forEach((name, k) => {
    score += weights.features[name] * features.values[k]!;
  });
  return score;
}
