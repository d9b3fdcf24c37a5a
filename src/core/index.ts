/** The pure core: everything here depends only on a DOM Document (and a window to sanitise with). */
export type { Article, ClutterKind, LeadImage, RemovedClutter } from './article';
export { extractArticle, extractPage, type CardFinish, type ExtractedPage, type ExtractOptions, type ExtractOutcome, type PageOutcome } from './extract';
export { pageHead, type PageHead } from './page-head';
export { prepareSpecialMarkup, type SpecialMarkupStage } from './content/special-markup';
export { hasSpecialMarkup, refuseSpecialMarkup, SPECIAL_MARKUP_HINT, SpecialMarkupNotLoaded } from './content/special-markup-check';
export { canonicalUrl, cleanUrl, isSameSite } from './canonical-url';
export { parsedForReading, sanitizeHtml, sanitizeToFragment } from './sanitize';
export { RESTRICTED_REASONS, type PageProblem, type PageProblemKind, type RestrictedReason } from './page-problem';
export { sentenceSegmenter } from './text';
export { primaryLanguage } from './summary/language';
export { checkedLanguage } from './metadata/language';
export { articleBlocks, keyPointCount, SENTENCES_PER_LENGTH, splitSentences, summarizeArticleBlocks, type ArticleBlock, type BlockKind, type SummaryLength } from './summary';
export { articleMarkdown, headerLines, type MarkdownWords } from './markdown';
export { articleHtmlDocument, type HtmlExportWords } from './html-export';
