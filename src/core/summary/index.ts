import { summarizeText } from './extractive';
import { findPublisherSummary, repeatsKeyPoints, withoutStandfirst } from './publisher-summary';

export { summarizeText, type SummarizeTextOptions } from './extractive';
export { SENTENCES_PER_LENGTH, type SummaryLength } from './lengths';
export { splitSentences } from './sentences';
export { findPublisherSummary, withoutStandfirst, type PublisherSummary } from './publisher-summary';

export interface ArticleSummaries {
  /** Extractive key points ('short'), one sentence each, from the article without its standfirst. */
  summary: string[];
  /** The publisher's own standfirst or description, unless it only repeats the key points. */
  publisherSummary: string | null;
}

/**
 * Both summaries of an extracted article. `doc` is the page (read only: for the standfirst and description);
 * `textContent` is the extracted text, paragraphs separated by blank lines.
 */
export function summarizeArticle(doc: Document, textContent: string, lang: string | null): ArticleSummaries {
  const publisher = findPublisherSummary(doc);
  const summary = summarizeText(withoutStandfirst(textContent, publisher), { lang, length: 'short' });
  const publisherSummary = publisher && !repeatsKeyPoints(publisher.text, summary, lang) ? publisher.text : null;
  return { summary, publisherSummary };
}
