import { describe, expect, it } from 'vitest';
import { selectSentences, type SelectionInput } from '../../../../src/core/summary/select';
import type { TermVector } from '../../../../src/core/summary/term-vectors';

/** Sentences given by the terms they cover, each term worth 1, no own score or cost, no two alike. */
function selection(sentences: { terms: number[]; words?: number }[], overrides: Partial<SelectionInput> = {}): SelectionInput {
  const termCount = Math.max(...sentences.flatMap((sentence) => sentence.terms)) + 1;
  const vectors: TermVector[] = sentences.map((_, i) => ({ ids: Int32Array.of(i), weights: Float64Array.of(1) }));
  return {
    candidates: sentences.map((_, i) => i),
    scores: sentences.map(() => 0),
    openingWeight: 1,
    laterWeight: 1,
    unitTerms: sentences.map((sentence) => sentence.terms),
    termValues: new Float64Array(termCount).fill(1),
    costs: sentences.map(() => 0),
    words: sentences.map((sentence) => sentence.words ?? 20),
    lengthExponent: 0,
    vectors,
    facts: sentences.map(() => null),
    factBonus: 0,
    standsAlone: () => true,
    minimum: 3,
    maximum: 5,
    extraPointShare: 0.7,
    ...overrides,
  };
}

describe('selectSentences', () => {
  it('shows a fourth and fifth point when each adds as much as the first three did', () => {
    const dense = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11], [12, 13, 14]].map((terms) => ({ terms }));
    expect(selectSentences(selection(dense))).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops at three points when the others mostly repeat what the three said', () => {
    const repetitive = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 9], [1, 4, 6, 10]].map((terms) => ({ terms }));
    expect(selectSentences(selection(repetitive))).toEqual([0, 1, 2]);
  });

  it('never shows more than the maximum, however much the others add', () => {
    const dense = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9], [10, 11]].map((terms) => ({ terms }));
    expect(selectSentences(selection(dense, { maximum: 4 }))).toHaveLength(4);
  });

  it('normalised by length, prefers the sentence that says more per word over the one that says more at once', () => {
    // After the opening: a 40-word sentence adding 4 terms, or a 10-word one adding 2.
    const sentences = [{ terms: [0] }, { terms: [1, 2, 3, 4], words: 40 }, { terms: [5, 6], words: 10 }];
    const range = { minimum: 2, maximum: 2 };
    expect(selectSentences(selection(sentences, { ...range, lengthExponent: 0 }))).toEqual([0, 1]);
    expect(selectSentences(selection(sentences, { ...range, lengthExponent: 1 }))).toEqual([0, 2]);
  });
});

describe('selectSentences with facts (a figure of a named entity)', () => {
  // Terms 0–8 are covered by the first three points; sentence 3 adds little worth but a new name (9) with a new
  // figure (10); sentence 4 adds as little and states no fact.
  const sentences = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 9, 10], [1, 11]].map((terms) => ({ terms }));
  const facts = [null, null, null, { names: [9], figures: [10] }, null];

  it('shows a fourth point that states a new fact though it adds less than the share asked of it', () => {
    expect(selectSentences(selection(sentences, { facts, factBonus: 0.5, extraPointShare: 1, maximum: 4 }))).toEqual([0, 1, 2, 3]);
  });

  it('stops at three without the fact, and counts a fact only while its name and figure are new', () => {
    expect(selectSentences(selection(sentences, { extraPointShare: 1, maximum: 4 }))).toEqual([0, 1, 2]);
    const repeated = [null, null, { names: [6], figures: [7] }, { names: [6], figures: [7] }, null];
    expect(selectSentences(selection([[0, 1, 2], [3, 4, 5], [6, 7, 8], [6, 7, 9], [1, 11]].map((terms) => ({ terms })), { facts: repeated, factBonus: 0.5, extraPointShare: 1, maximum: 4 }))).toEqual([0, 1, 2]);
  });
});
