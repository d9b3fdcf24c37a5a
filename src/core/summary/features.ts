/**
 * What the scorer knows of each sentence, as numbers: where it stands, how central it is to the article, how
 * close to the headline, how long, whether it names people and places, carries figures or quotes someone, and
 * whether it opens a section. Computed once per article; the weights that combine them are in weights.ts.
 */
import { centrality, similarityGraph } from './centrality';
import { cosine, termVectors, type TermVector } from './term-vectors';
import type { SentenceUnit } from './units';

/** The features a weight is fitted for, in the order of `SentenceFeatures.values`. */
export const FEATURE_NAMES = [
  /** log(n × LexRank score): 0 for a sentence of average centrality. */
  'centrality',
  /** Cosine similarity to the headline (0 without one). */
  'title',
  /** log(words / 20), and its square: lets the fit prefer a length. */
  'length',
  'lengthSquared',
  /** Position as a share of the article, 0 for the first sentence, 1 for the last. */
  'relativePosition',
  /** 1 when it carries an amount, a percentage or a number with a magnitude word. */
  'figures',
  /** 1 when it opens with a quotation mark: colour, usually; summaries report what was said. */
  'quotation',
  /** Share of its words inside quotation marks. */
  'quotedShare',
  /** log(1 + capitalised words after the first): names of people, places and organisations. */
  'names',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface SentenceFeatures {
  /** Order among the article's prose sentences, from 0 (weighted by a per-language table). */
  position: number;
  /** 1 for the first sentence of a section of an article with sections (a tip, a step, a chapter). */
  sectionOpener: number;
  /** One value per entry of FEATURE_NAMES. */
  values: number[];
}

/** Sentences that a key point is compared with for repetition, and the article's features. */
export interface ArticleFeatures {
  vectors: TermVector[];
  features: SentenceFeatures[];
}

/** A currency amount, a percentage, or a number with a magnitude word, in the shipped languages. */
export const FIGURE = new RegExp(
  String.raw`[$€£¥]\s?\d|\d\s?(?:%|per ?cent\b|prozent|por ciento|pour cent|procent|per cento|por cento)|` +
    String.raw`\d\s?(?:million|billion|trillion|millones|millionen|milliarden?|millions?|milliards?|milhões|milhão|bilhões|milioni|miliardi|miljoen|miljard|mio\b|mrd\b|bn\b)`,
  'iu',
);
const OPENING_QUOTATION = /^[“"„«‘‚»]/u;
const QUOTED = /[“"„«]([^”"“»]*)[”"“»]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+/gu;
const REFERENCE_LENGTH = 20;
/** An article needs this many headings before its sections count as units of their own. */
const MIN_SECTIONS = 2;

export function sentenceValues(unit: SentenceUnit, unitCount: number, rank: number, title: number): number[] {
  const length = Math.log(Math.max(unit.words, 1) / REFERENCE_LENGTH);
  let quotedWords = 0;
  for (const [, inside] of unit.text.matchAll(QUOTED)) quotedWords += inside?.match(WORD)?.length ?? 0;
  const capitalised = Math.max(0, (unit.text.match(CAPITALISED)?.length ?? 0) - 1);
  return [
    Math.log(Math.max(rank * unitCount, 1e-6)),
    title,
    length,
    length * length,
    unitCount > 1 ? unit.index / (unitCount - 1) : 0,
    FIGURE.test(unit.text) ? 1 : 0,
    OPENING_QUOTATION.test(unit.text) ? 1 : 0,
    unit.words > 0 ? Math.min(1, quotedWords / unit.words) : 0,
    Math.log(1 + capitalised),
  ];
}

export function articleFeatures(units: readonly SentenceUnit[], titleTerms: readonly string[]): ArticleFeatures {
  const hasTitle = titleTerms.length > 0;
  const termLists = units.map((unit) => unit.terms);
  const allVectors = termVectors(hasTitle ? [...termLists, titleTerms] : termLists);
  const vectors = hasTitle ? allVectors.slice(0, -1) : allVectors;
  const titleVector = hasTitle ? allVectors[allVectors.length - 1]! : null;
  const ranks = centrality(similarityGraph(vectors));
  const sections = units.length > 0 ? units[units.length - 1]!.section : 0;
  const features = units.map((unit, i) => ({
    position: unit.index,
    sectionOpener: sections >= MIN_SECTIONS && unit.section > 0 && unit.indexInSection === 0 ? 1 : 0,
    values: sentenceValues(unit, units.length, ranks[i]!, titleVector ? cosine(vectors[i]!, titleVector) : 0),
  }));
  return { vectors, features };
}
