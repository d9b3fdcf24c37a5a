import { textBlocks, type ArticleBlock } from './article-blocks';
import { articleFeatures, type ArticleFeatures } from './features';
import { primaryLanguage } from './language';
import { SENTENCES_PER_LENGTH, type SummaryLength } from './lengths';
import { selectSentences } from './select';
import { articleTerms, conceptValues, type ArticleTerms } from './term-importance';
import { standsAlone } from './stand-alone';
import { endsLikeStatement, isStatement } from './statements';
import { indexTerms } from './terms';
import { sentenceUnits, type SentenceUnit } from './units';
import { sentenceScore, WEIGHTS, type SummaryWeights } from './weights';

/**
 * Sentences past this many are not considered: the graph grows with the square of the sentence count, and a
 * long text's key points sit in its first pages (the fitted position weights fall steeply after 25 sentences).
 */
export const MAX_CONSIDERED_SENTENCES = 200;

export interface SummaryInput {
  /** The article's language tag (`Article.lang`), e.g. "en" or "de-DE"; null means English rules. */
  lang: string | null;
  /** The headline, if known: key points that say what it says rank higher. */
  title?: string | null;
}

/** An article read for summarising: its sentences, which of them may be key points, and their features. */
export interface PreparedArticle extends ArticleFeatures {
  language: string;
  units: SentenceUnit[];
  /** Indices of the units that are statements a key point can be made of. */
  candidates: number[];
  standsAlone: boolean[];
  terms: ArticleTerms;
}

/**
 * A text without statements (a brief of short sentences, a list of words, text without punctuation) still has a
 * summary: its sentences if it has any, so that a label such as "Important" or "Danger" is not a key point while
 * a sentence is there; else whatever has words.
 */
function fallbackCandidates(units: readonly SentenceUnit[]): number[] {
  const withWords = units.filter((unit) => unit.words > 0);
  const sentences = withWords.filter((unit) => endsLikeStatement(unit.text));
  return (sentences.length > 0 ? sentences : withWords).map((unit) => unit.index);
}

export function prepareArticle(blocks: readonly ArticleBlock[], { lang, title }: SummaryInput): PreparedArticle {
  const language = primaryLanguage(lang);
  const units = sentenceUnits(blocks, lang, language, MAX_CONSIDERED_SENTENCES);
  const statements = units.filter(isStatement).map((unit) => unit.index);
  const candidates = statements.length > 0 ? statements : fallbackCandidates(units);
  const titleTerms = title ? indexTerms(title, language) : [];
  const alone = units.map((unit) => standsAlone(unit.text, language));
  return {
    language,
    units,
    candidates,
    standsAlone: alone,
    terms: articleTerms(units, titleTerms),
    ...articleFeatures(units, titleTerms),
  };
}

/** Between `minimum` and `maximum` key points of a prepared article, in article order. */
export function chooseKeyPoints(article: PreparedArticle, { minimum, maximum }: PointRange, weights: SummaryWeights = WEIGHTS): string[] {
  const { units, candidates, vectors, features, language } = article;
  if (candidates.length <= minimum) return candidates.map((index) => units[index]!.text);
  const scores = features.map((feature) => sentenceScore(feature, language, weights));
  return selectSentences({
    candidates,
    scores,
    openingWeight: weights.openingPrior,
    laterWeight: weights.sentencePrior,
    unitTerms: article.terms.unitTerms,
    termValues: conceptValues(article.terms, language, weights),
    costs: units.map((unit) => weights.wordCost * unit.words),
    words: units.map((unit) => unit.words),
    lengthExponent: weights.lengthExponent,
    vectors,
    facts: article.terms.unitFacts,
    factBonus: weights.factBonus,
    standsAlone: (index) => article.standsAlone[index]!,
    minimum,
    maximum,
    extraPointShare: weights.extraPointShare,
  }).map((index) => units[index]!.text);
}

/**
 * Extractive key points, offline and deterministic: statements from the article's prose, chosen greedily to cover
 * the terms a summary is likely to have (frequent, early, in the headline, names, figures) in few words, each
 * sentence also weighted by its own score (position per language, centrality by LexRank, closeness to the
 * headline, quotation), in article order.
 */
export function summarizeBlocks(blocks: readonly ArticleBlock[], input: SummaryInput & PointRange): string[] {
  return chooseKeyPoints(prepareArticle(blocks, input), input);
}

export interface PointRange {
  minimum: number;
  maximum: number;
}

export interface SummarizeTextOptions {
  lang: string | null;
  length: SummaryLength;
  title?: string | null;
}

/** Key points of plain text whose paragraphs are separated by blank lines. */
export function summarizeText(text: string, { lang, length, title }: SummarizeTextOptions): string[] {
  const count = SENTENCES_PER_LENGTH[length];
  return summarizeBlocks(textBlocks(text), { lang, title: title ?? null, minimum: count, maximum: count });
}
