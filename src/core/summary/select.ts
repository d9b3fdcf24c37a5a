import { statesNewFact, type FactTerms } from './facts';
import { cosine, type TermVector } from './term-vectors';

/**
 * The first pick is among this many opening statements that stand alone: news says what happened first, and a
 * reader expects the card to start there. Set by hand: the fit would allow two (CNN +0.13 ROUGE-1), but then
 * the card can open on a later aside.
 */
export const OPENING_CHOICES = 1;

/** A sentence this similar (cosine) to one already chosen repeats it, whatever it would add. */
export const REPEAT_THRESHOLD = 0.6;

export interface SelectionInput {
  /** Indices of the sentences a key point may be. */
  candidates: readonly number[];
  /** Each sentence's own score (its log-odds of belonging in a summary). */
  scores: ArrayLike<number>;
  /** How much the own score counts for the first point chosen (the opening) and for the points after it. */
  openingWeight: number;
  laterWeight: number;
  /** For each sentence, the ids of its distinct terms. */
  unitTerms: readonly (readonly number[])[];
  /** For each term id, how much covering it is worth (its probability of being in a summary). */
  termValues: ArrayLike<number>;
  /** What each sentence costs: its length, already weighted. */
  costs: ArrayLike<number>;
  /** Each sentence's length in words. */
  words: ArrayLike<number>;
  /**
   * How the worth of what a sentence adds is normalised by its length: (REFERENCE_WORDS / words) ^ exponent.
   * 0 counts what it adds whatever its length; 1 counts what it adds per word, so a long sentence does not win
   * by saying many things at once, nor a short one by costing little.
   */
  lengthExponent: number;
  vectors: readonly TermVector[];
  /** For each sentence, the figure it gives of a named entity, or null (facts.ts). */
  facts: readonly (FactTerms | null)[];
  /** What a sentence adds when both the name and the figure of its fact are new to the points chosen so far. */
  factBonus: number;
  /** Whether sentence i can open the key points (see stand-alone.ts). */
  standsAlone: (index: number) => boolean;
  /** At least this many points, when the text has them. */
  minimum: number;
  /**
   * At most this many. A point past the minimum is shown only when the worth of what it adds is at least
   * `extraPointShare` times what the points already chosen added on average, or when it states a new fact: a
   * fact-dense article gets more points, one that keeps saying the same thing does not. The best such point is
   * taken, not only the best point overall.
   */
  maximum: number;
  extraPointShare: number;
}

/** The length at which a sentence's added worth counts as it is (see `lengthExponent`). */
export const REFERENCE_WORDS = 20;

/**
 * Greedy coverage (in the manner of Gillick & Favre's concept coverage and Lin & Bilmes' budgeted submodular
 * summarisation): each step takes the sentence that adds most: the worth of the concepts (terms, figures) it
 * covers that no chosen point covers yet (and a fact, a figure of a named entity, while both are new), normalised
 * by its length, plus its own score, less its cost. The own
 * score (mostly position) weighs more for the first pick, which finds the opening that says what happened, than
 * for the later ones, which add what it does not. A concept counts once, so a point that repeats the others adds
 * little. Past the minimum, a point is added only while one adds enough new worth or a new fact. The first point in article
 * order must stand alone. Returned in article order; ties go to the earlier sentence.
 */
export function selectSentences(input: SelectionInput): number[] {
  const { candidates, scores, openingWeight, laterWeight, unitTerms, termValues, costs, words, lengthExponent, vectors } = input;
  const { standsAlone, minimum, maximum, extraPointShare, facts, factBonus } = input;
  const chosen: number[] = [];
  let addedSoFar = 0;
  // Computed once: the greedy loop below looks at every candidate at every step.
  const lengthFactors = Float64Array.from(words, (count) => (REFERENCE_WORDS / Math.max(count, 1)) ** lengthExponent);
  const covered = new Uint8Array(termValues.length);
  const anyStandsAlone = candidates.some(standsAlone);
  // The first pick is the opening: one of the article's first statements that stand alone.
  const opening = new Set(candidates.filter((candidate) => !anyStandsAlone || standsAlone(candidate)).slice(0, OPENING_CHOICES));
  while (chosen.length < maximum) {
    const first = chosen.length === 0 ? Infinity : Math.min(...chosen);
    const weight = chosen.length === 0 ? openingWeight : laterWeight;
    let best = -1;
    let bestGain = -Infinity;
    let bestAdded = 0;
    // Past the minimum, only a point that adds enough new worth, or a new fact, may be shown.
    const enough = chosen.length >= minimum ? extraPointShare * (addedSoFar / chosen.length) : -Infinity;
    for (const candidate of candidates) {
      if (chosen.includes(candidate)) continue;
      if (candidate < first && anyStandsAlone && !standsAlone(candidate)) continue;
      if (chosen.length === 0 && !opening.has(candidate)) continue;
      let added = 0;
      for (const term of unitTerms[candidate]!) if (!covered[term]) added += termValues[term]!;
      const newFact = statesNewFact(facts[candidate]!, covered);
      if (newFact) added += factBonus;
      if (added < enough && !newFact) continue;
      const gain = weight * scores[candidate]! - costs[candidate]! + added * lengthFactors[candidate]!;
      if (gain > bestGain || (gain === bestGain && candidate < best)) {
        if (chosen.some((other) => cosine(vectors[candidate]!, vectors[other]!) > REPEAT_THRESHOLD)) continue;
        best = candidate;
        bestGain = gain;
        bestAdded = added;
      }
    }
    if (best === -1) break;
    addedSoFar += bestAdded;
    chosen.push(best);
    for (const term of unitTerms[best]!) covered[term] = 1;
  }
  return chosen.sort((a, b) => a - b);
}
