import { articleBlocks, type ArticleBlock } from './article-blocks';
import { summarizeBlocks } from './extractive';
import { keyPointCount, MIN_KEY_POINTS } from './lengths';
import { findPublisherSummary, repeatsKeyPoints, withoutStandfirst, type PublisherSummary } from './publisher-summary';

export { articleBlocks, textBlocks, type ArticleBlock, type BlockKind } from './article-blocks';
export { summarizeBlocks, summarizeText, type SummarizeTextOptions, type SummaryInput } from './extractive';
export { keyPointCount, MIN_KEY_POINTS, SENTENCES_PER_LENGTH, type SummaryLength } from './lengths';
export { splitSentences } from './sentences';
export { findPublisherSummary, withoutStandfirst, type PublisherSummary } from './publisher-summary';

export interface ArticleSummaries {
  /** Extractive key points, one sentence each, 3 to 5 (at most 3, 4, 5 by reading time), without the standfirst. */
  summary: string[];
  /** The publisher's own standfirst or description, unless it only repeats the key points. */
  publisherSummary: string | null;
}

export interface ArticleToSummarize {
  /** The extracted content element: its markup says which blocks are prose. Read only. */
  content: Element;
  lang: string | null;
  title: string | null;
  wordCount: number;
}

/** Both summaries of an extracted article. `doc` is the page (read only: for the standfirst and description). */
export function summarizeArticle(doc: Document, { content, ...article }: ArticleToSummarize): ArticleSummaries {
  return summarizeArticleBlocks(findPublisherSummary(doc), articleBlocks(content), article);
}

/**
 * Both summaries from what the page has: the publisher's summary (`findPublisherSummary`) and the content's
 * blocks (`articleBlocks`). What needs no DOM, so it can run where the article is shown.
 */
export function summarizeArticleBlocks(
  publisher: PublisherSummary | null,
  contentBlocks: readonly ArticleBlock[],
  { lang, title, wordCount }: Omit<ArticleToSummarize, 'content'>,
): ArticleSummaries {
  const blocks = withoutStandfirst(contentBlocks, publisher);
  const summary = summarizeBlocks(blocks, { lang, title, minimum: MIN_KEY_POINTS, maximum: keyPointCount(wordCount) });
  const publisherSummary = publisher && !repeatsKeyPoints(publisher.text, summary, lang) ? publisher.text : null;
  return { summary, publisherSummary };
}
