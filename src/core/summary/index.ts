import { splitSentences } from './sentences';

export interface SummaryInput {
  /** The publisher's own description or standfirst, if the page has one. */
  description: string | null;
  textContent: string;
  lang: string | null;
}

/** Number of sentences shown as key points. */
export const SUMMARY_SENTENCES = 3;
/** A description shorter than this is a tagline, not a summary. */
const MIN_DESCRIPTION_CHARS = 80;

/**
 * The short summary: the publisher's own description when it is substantial, otherwise the first sentences
 * of the article.
 */
export function summarize({ description, textContent, lang }: SummaryInput): string[] {
  const source = description && description.length >= MIN_DESCRIPTION_CHARS ? description : textContent;
  return splitSentences(source, lang).slice(0, SUMMARY_SENTENCES);
}
