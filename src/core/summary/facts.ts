/**
 * The facts a sentence states, in the narrow sense a key point needs: a figure (an amount, a percentage, a number
 * with a magnitude word) said of a named entity ("Nvidia's stock dropped 17%", "revenue rose to $48.39 billion").
 * A name mentioned once is undervalued by a model of terms driven by how often they recur, yet the figure it comes
 * with is often what a reader of the key points needs. The term model knows which terms are part of a fact
 * (term-importance.ts), and the selection (select.ts) gives a sentence a bonus while both its name and its figure
 * are new to the points chosen so far.
 */
import { FIGURE } from './features';
import type { SentenceUnit } from './units';

export interface SentenceFact {
  /** The terms the sentence writes capitalised inside it: the names it mentions. */
  names: string[];
  /** Its numeric terms. */
  figures: string[];
}

const DIGIT = /\d/;

/** The names and figures of the fact a sentence states, or null when it states none. */
export function sentenceFact(unit: SentenceUnit): SentenceFact | null {
  if (!FIGURE.test(unit.text)) return null;
  const names = new Set<string>();
  const figures = new Set<string>();
  for (const { term, capitalised } of unit.occurrences) {
    if (DIGIT.test(term)) figures.add(term);
    else if (capitalised) names.add(term);
  }
  return names.size > 0 && figures.size > 0 ? { names: [...names], figures: [...figures] } : null;
}

/** A fact as term ids, for the selection. */
export interface FactTerms {
  names: number[];
  figures: number[];
}

/** Whether a sentence's fact is new: one of its names and one of its figures are not yet covered. */
export function statesNewFact(fact: FactTerms | null, covered: Uint8Array): boolean {
  return !!fact && fact.names.some((id) => !covered[id]) && fact.figures.some((id) => !covered[id]);
}
