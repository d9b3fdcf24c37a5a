import { describe, expect, it } from 'vitest';
import { sentenceFact, statesNewFact } from '../../../../src/core/summary/facts';
import { sentenceUnits } from '../../../../src/core/summary/units';

function unitOf(text: string, lang = 'en') {
  return sentenceUnits([{ kind: 'paragraph', text }], lang, lang)[0]!;
}

describe('sentenceFact', () => {
  it('finds the name and the figure of a sentence that gives one of the other (real news sentences)', () => {
    const fact = sentenceFact(unitOf('This revelation caused Nvidia’s stock to drop 17% on Monday, as it raised concerns.'));
    expect(fact?.names).toEqual(expect.arrayContaining(['nvidia']));
    expect(fact?.figures).toEqual(['17']);
    expect(sentenceFact(unitOf('Le groupe Renault a annoncé 15 000 suppressions de postes, soit 4,6 milliards d’euros d’économies.', 'fr'))?.figures).toEqual(
      expect.arrayContaining(['4,6']),
    );
  });

  it('states no fact without a figure, or with a figure of no named entity', () => {
    expect(sentenceFact(unitOf('Zuckerberg said the company would keep investing in open-source models.'))).toBeNull();
    expect(sentenceFact(unitOf('revenue rose 21% to $48.39 billion, beating projections.'))).toBeNull();
  });
});

describe('statesNewFact', () => {
  it('is true only while one of the names and one of the figures are uncovered', () => {
    const fact = { names: [0, 1], figures: [2] };
    expect(statesNewFact(fact, Uint8Array.of(0, 0, 0))).toBe(true);
    expect(statesNewFact(fact, Uint8Array.of(1, 0, 0))).toBe(true);
    expect(statesNewFact(fact, Uint8Array.of(1, 1, 0))).toBe(false);
    expect(statesNewFact(fact, Uint8Array.of(0, 0, 1))).toBe(false);
    expect(statesNewFact(null, Uint8Array.of(0, 0, 0))).toBe(false);
  });
});
