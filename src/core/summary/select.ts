import { cosine, type TermVector } from './term-vectors';

/** A sentence this similar (cosine) to one already chosen repeats it. */
export const REDUNDANCY_THRESHOLD = 0.5;

/**
 * Greedy choice by score, skipping sentences that repeat a chosen one, returned in article order.
 * Ties go to the earlier sentence so the result never depends on sort stability.
 */
export function selectSentences(
  candidates: readonly number[],
  scores: ArrayLike<number>,
  vectors: readonly TermVector[],
  count: number,
): number[] {
  const ranked = [...candidates].sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: number[] = [];
  for (const candidate of ranked) {
    if (chosen.length === count) break;
    const repeats = chosen.some((other) => cosine(vectors[candidate]!, vectors[other]!) > REDUNDANCY_THRESHOLD);
    if (!repeats) chosen.push(candidate);
  }
  // Repetition is better than a summary shorter than asked for when the text has enough sentences.
  for (const candidate of ranked) {
    if (chosen.length === count) break;
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a - b);
}
