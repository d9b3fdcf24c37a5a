/**
 * Fits the summariser's weights on the tuning parts of the development sets (never on the held parts):
 * 1. each story's oracle summary: the sentences that, added greedily, raise ROUGE-1 + ROUGE-2 against the
 *    reference most (Nallapati et al., 2017);
 * 2. a logistic regression of "this sentence is in the oracle" on its features, with one position table per
 *    language (its log-odds by position bucket), L2-regularised, each set weighing the same;
 * 3. a logistic regression of "the reference has this term" on the term features, one intercept per language;
 * 4. the weights of the selection (the opening's weight and the cost per word, then the later points' own score
 *    against the concepts they add, how that is normalised by length, and the bonus for figures, then the bonus for
 *    a new fact and what a point past the third must add) by grid search
 *    on the mean of ROUGE-1, -2 and -L F1 of the card's key points, each set counted equally.
 */
import { chooseKeyPoints } from '../../src/core/summary/extractive';
import { FEATURE_NAMES, type FeatureName } from '../../src/core/summary/features';
import { TERM_FEATURE_NAMES, type TermFeatureName, type TermWeights } from '../../src/core/summary/term-importance';
import { indexTerms } from '../../src/core/summary/terms';
import { POSITION_BUCKET_STARTS, positionBucket, WEIGHTS, type SummaryWeights } from '../../src/core/summary/weights';
import type { StoryRun } from './summary-dev-run';
import { rouge } from './summary-rouge';

/** At most this many sentences in a story's oracle summary. */
const ORACLE_SENTENCES = 3;

/**
 * The oracle summary of a story (Nallapati et al., 2017): sentences added greedily, each the one that raises
 * ROUGE-1 + ROUGE-2 F1 against the reference most, until none raises it. Indices into the prepared units.
 */
export function oracleSentences(run: StoryRun): number[] {
  const { units, candidates } = run.prepared;
  const chosen: number[] = [];
  let best = 0;
  while (chosen.length < ORACLE_SENTENCES) {
    let next = -1;
    for (const index of candidates) {
      if (chosen.includes(index)) continue;
      const points = [...chosen, index].sort((a, b) => a - b).map((i) => units[i]!.text);
      const scores = rouge(points, run.story.reference);
      const value = scores.rouge1 + scores.rouge2;
      if (value > best + 1e-9) {
        best = value;
        next = index;
      }
    }
    if (next === -1) break;
    chosen.push(next);
  }
  return chosen;
}

/** One observation: its group (one coefficient per group, in place of an intercept), features, label, weight. */
interface Sample {
  group: number;
  values: readonly number[];
  label: number;
  weight: number;
}

const L2 = 1e-3;
/** A group needs this many samples, one of them positive, for a coefficient of its own. */
const MIN_GROUP_SAMPLES = 30;
const ITERATIONS = 3000;
const LEARNING_RATE = 0.5;

/**
 * Logistic regression by full-batch gradient descent on standardised features, with one coefficient per group
 * instead of an intercept; returns the coefficients of the raw features, the features' means folded into the
 * group coefficients.
 */
export function logistic(samples: readonly Sample[], groups: number, featureCount: number): { groups: number[]; features: number[] } {
  const totalWeight = samples.reduce((sum, s) => sum + s.weight, 0);
  const means = Array.from({ length: featureCount }, (_, j) => samples.reduce((sum, s) => sum + s.weight * s.values[j]!, 0) / totalWeight);
  const sds = Array.from({ length: featureCount }, (_, j) =>
    Math.sqrt(samples.reduce((sum, s) => sum + s.weight * (s.values[j]! - means[j]!) ** 2, 0) / totalWeight) || 1,
  );
  const z = samples.map((s) => s.values.map((v, j) => (v - means[j]!) / sds[j]!));
  const groupWeight = new Float64Array(groups);
  const groupCounts = new Float64Array(groups);
  const groupPositives = new Float64Array(groups);
  for (const s of samples) {
    groupWeight[s.group]! += s.weight;
    groupCounts[s.group]! += 1;
    groupPositives[s.group]! += s.label;
  }
  const groupCoefficients = new Float64Array(groups);
  const featureCoefficients = new Float64Array(featureCount);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const groupGradient = new Float64Array(groups);
    const featureGradient = new Float64Array(featureCount);
    samples.forEach((s, i) => {
      let logit = groupCoefficients[s.group]!;
      for (let j = 0; j < featureCount; j++) logit += featureCoefficients[j]! * z[i]![j]!;
      const error = (1 / (1 + Math.exp(-logit)) - s.label) * s.weight;
      groupGradient[s.group]! += error;
      for (let j = 0; j < featureCount; j++) featureGradient[j]! += error * z[i]![j]!;
    });
    // Each group's coefficient moves by its own mean gradient, so that rare groups converge as fast as common ones.
    for (let g = 0; g < groups; g++) if (groupWeight[g]! > 0) groupCoefficients[g]! -= (LEARNING_RATE * groupGradient[g]!) / groupWeight[g]!;
    for (let j = 0; j < featureCount; j++) {
      featureCoefficients[j]! -= LEARNING_RATE * (featureGradient[j]! / totalWeight + L2 * featureCoefficients[j]!);
    }
  }
  const shift = means.reduce((sum, mean, j) => sum + (featureCoefficients[j]! * mean) / sds[j]!, 0);
  return {
    // A group with too few samples (or no positive one) has no trustworthy coefficient (NaN): the caller
    // decides what stands in for it.
    groups: Array.from(groupCoefficients, (value, g) =>
      groupCounts[g]! >= MIN_GROUP_SAMPLES && groupPositives[g]! > 0 ? value - shift : Number.NaN,
    ),
    features: Array.from(featureCoefficients, (value, j) => value / sds[j]!),
  };
}

/** Each set weighs the same in a fit, however many stories and sentences it has. */
function setWeights(runs: readonly StoryRun[], size: (run: StoryRun) => number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const run of runs) totals.set(run.story.set, (totals.get(run.story.set) ?? 0) + size(run));
  return new Map([...totals].map(([set, total]) => [set, 1 / total]));
}

/** Sentences: "in the oracle" on the sentence features, one group per language and position bucket. */
export function fitSentenceModel(runs: readonly StoryRun[], languages: readonly string[]): Pick<SummaryWeights, 'position' | 'features'> {
  const buckets = POSITION_BUCKET_STARTS.length;
  const weights = setWeights(runs, (run) => run.prepared.candidates.length);
  const samples = runs.flatMap((run) => {
    const oracle = new Set(oracleSentences(run));
    const offset = languages.indexOf(run.prepared.language) * buckets;
    return run.prepared.candidates.map((index) => ({
      group: offset + positionBucket(run.prepared.features[index]!.position),
      values: run.prepared.features[index]!.values,
      label: oracle.has(index) ? 1 : 0,
      weight: weights.get(run.story.set)!,
    }));
  });
  const fit = logistic(samples, languages.length * buckets, FEATURE_NAMES.length);
  const position: Record<string, number[]> = {};
  languages.forEach((language, l) => {
    const table = fit.groups.slice(l * buckets, (l + 1) * buckets);
    // Positions too few tuning sentences reach take the weight of the position before.
    for (let b = 1; b < buckets; b++) if (Number.isNaN(table[b]!)) table[b] = table[b - 1]!;
    position[language] = table.map(round);
  });
  position.default = Array.from({ length: buckets }, (_, b) => round(languages.reduce((sum, l) => sum + position[l]![b]!, 0) / languages.length));
  const features = Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, round(fit.features[j]!)])) as Record<FeatureName, number>;
  return { position, features };
}

/** Terms: "the reference summary has it" on the term features, one group (intercept) per language. */
export function fitTermModel(runs: readonly StoryRun[], languages: readonly string[]): TermWeights {
  const weights = setWeights(runs, (run) => run.prepared.terms.terms.length);
  const samples = runs.flatMap((run) => {
    const reference = new Set(indexTerms(run.story.reference, run.prepared.language));
    const group = languages.indexOf(run.prepared.language);
    return run.prepared.terms.terms.map((term, id) => ({
      group,
      values: run.prepared.terms.values[id]!,
      label: reference.has(term) ? 1 : 0,
      weight: weights.get(run.story.set)!,
    }));
  });
  const fit = logistic(samples, languages.length, TERM_FEATURE_NAMES.length);
  const intercept: Record<string, number> = Object.fromEntries(languages.map((language, l) => [language, round(fit.groups[l]!)]));
  intercept.default = round(languages.reduce((sum, l) => sum + intercept[l]!, 0) / languages.length);
  return {
    intercept,
    features: Object.fromEntries(TERM_FEATURE_NAMES.map((name, j) => [name, round(fit.features[j]!)])) as Record<TermFeatureName, number>,
  };
}

const OPENING_PRIOR_GRID = [1, 2, 3, 4, 6, 8];
const WORD_COST_GRID = [0.05, 0.1, 0.125, 0.15, 0.2, 0.25];
const SENTENCE_PRIOR_GRID = [1, 2, 3];
const COVERAGE_WEIGHT_GRID = [1, 2, 4];
const LENGTH_EXPONENT_GRID = [0, 0.5, 1];
const FIGURE_BONUS_GRID = [0, 0.5, 1];
const FACT_BONUS_GRID = [0, 1, 2, 3];
const EXTRA_POINT_SHARE_GRID = [0.8, 1, 1.5];

/** Mean of ROUGE-1, -2 and -L F1 of the key points, averaged per set, then over the sets. */
export function objective(runs: readonly StoryRun[], weights: SummaryWeights): number {
  const bySet = new Map<string, number[]>();
  for (const run of runs) {
    const scores = rouge(chooseKeyPoints(run.prepared, run.range, weights), run.story.reference);
    const list = bySet.get(run.story.set) ?? [];
    list.push((scores.rouge1 + scores.rouge2 + scores.rougeL) / 3);
    bySet.set(run.story.set, list);
  }
  const means = [...bySet.values()].map((list) => list.reduce((a, b) => a + b, 0) / list.length);
  return means.reduce((a, b) => a + b, 0) / means.length;
}

export interface FitResult {
  weights: SummaryWeights;
  objective: number;
  log: string[];
}

/**
 * Grid search on the tuning parts, one group of selection weights after the other (the opening's weight and the
 * cost per word; then how the later points weigh their own score against the concepts they add, normalised by
 * length, with figures; then the bonus for a new fact with what a further point must add), each group searched
 * with the others fixed.
 */
export function fitWeights(tuneRuns: readonly StoryRun[], languages: readonly string[]): FitResult {
  const fitted = { ...WEIGHTS, ...fitSentenceModel(tuneRuns, languages), terms: fitTermModel(tuneRuns, languages) };
  const log: string[] = [];
  let weights: SummaryWeights = fitted;
  let best = -Infinity;
  const search = (trials: Partial<SummaryWeights>[]) => {
    const base = weights;
    for (const change of trials) {
      const trial = { ...base, ...change };
      const score = objective(tuneRuns, trial);
      log.push(`${JSON.stringify(change)}: ${score.toFixed(5)}`);
      if (score > best) {
        best = score;
        weights = trial;
      }
    }
  };
  search(OPENING_PRIOR_GRID.flatMap((openingPrior) => WORD_COST_GRID.map((wordCost) => ({ openingPrior, wordCost }))));
  search(
    SENTENCE_PRIOR_GRID.flatMap((sentencePrior) =>
      COVERAGE_WEIGHT_GRID.flatMap((coverageWeight) =>
        LENGTH_EXPONENT_GRID.flatMap((lengthExponent) =>
          FIGURE_BONUS_GRID.map((figureBonus) => ({ sentencePrior, coverageWeight, lengthExponent, figureBonus })),
        ),
      ),
    ),
  );
  search(FACT_BONUS_GRID.flatMap((factBonus) => EXTRA_POINT_SHARE_GRID.map((extraPointShare) => ({ factBonus, extraPointShare }))));
  return { weights, objective: best, log };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
