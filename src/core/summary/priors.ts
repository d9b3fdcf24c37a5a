import type { SentenceUnit } from './units';

/** News puts its point first: the prior halves this many sentences into the article, and keeps falling. */
const LEAD_SPAN = 10;
/** A paragraph's first sentence tends to state what the paragraph is about. */
const PARAGRAPH_OPENER_BONUS = 1.2;
/** Sentences shorter than this say too little to stand alone as a key point. */
const SHORT_SENTENCE_WORDS = 10;
/** Sentences longer than this are hard to read as a key point. */
const LONG_SENTENCE_WORDS = 40;
/** A sentence that opens with a quotation is usually colour; summaries report what was said instead. */
const QUOTATION_PENALTY = 0.5;
/** Figures (amounts, percentages) carry the facts that news summaries keep, yet rarely repeat across sentences. */
const FIGURE_BONUS = 2;

/** A currency amount, a percentage, or a number with a magnitude word, in the supported languages. */
const FIGURE =
  /[$€£¥]\s?\d|\d\s?(?:%|per ?cent\b|prozent|por ciento|pour cent)|\d\s?(?:million|billion|trillion|millones|millionen|milliarden?|millions|milliards?|mio\b|mrd\b|bn\b)/iu;
const OPENING_QUOTATION = /^[“"„«‘‚]/u;

export function positionPrior(unit: SentenceUnit): number {
  const lead = 1 / (1 + unit.index / LEAD_SPAN);
  return unit.indexInParagraph === 0 ? lead * PARAGRAPH_OPENER_BONUS : lead;
}

export function lengthPrior(unit: SentenceUnit): number {
  if (unit.words < SHORT_SENTENCE_WORDS) return unit.words / SHORT_SENTENCE_WORDS;
  if (unit.words > LONG_SENTENCE_WORDS) return LONG_SENTENCE_WORDS / unit.words;
  return 1;
}

export function contentPrior(unit: SentenceUnit): number {
  const quotation = OPENING_QUOTATION.test(unit.text) ? QUOTATION_PENALTY : 1;
  const figure = FIGURE.test(unit.text) ? FIGURE_BONUS : 1;
  return quotation * figure;
}

/** How likely a sentence is, before comparing it with the others, to be a key point. */
export function prior(unit: SentenceUnit): number {
  return positionPrior(unit) * lengthPrior(unit) * contentPrior(unit);
}
