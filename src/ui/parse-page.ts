/**
 * Checks an extracted page on arrival from the page (untrusted: the page's own scripts share its DOM), field by
 * field, with the same checks and caps as the reader's handoff: a 200,000-character title is shown cut, with "…".
 */
import type { CardFinish, ExtractedPage, PageHead } from '../core';
import { ARTICLE_FIELDS } from '../storage/session-handoff';
import { field, isOneOf, isString, nullable, objectOf, type FieldParser, type FieldParsers } from '../storage/validators';

const { summary: _summary, publisherSummary: _publisherSummary, contentHtml, ...PAGE_FIELDS } = ARTICLE_FIELDS;

const publisherCandidate = nullable(objectOf({ text: field(isString), source: field(isOneOf(['standfirst', 'meta'] as const)) }));

export const parseExtractedPage: FieldParser<ExtractedPage> = objectOf<ExtractedPage>({ ...PAGE_FIELDS, markup: contentHtml, publisherCandidate } as FieldParsers<ExtractedPage>);

/** What the page answers for the card (src/ui/finish-page.ts `finishCard`), checked as an article's fields are. */
export const parseCardFinish: FieldParser<CardFinish> = objectOf<CardFinish>({
  lang: ARTICLE_FIELDS.lang,
  summary: ARTICLE_FIELDS.summary,
  publisherSummary: ARTICLE_FIELDS.publisherSummary,
});

/** The card's head as the page read it before extracting (src/core/page-head.ts), checked as an article's fields are. */
export const parsePageHead: FieldParser<PageHead> = objectOf<PageHead>({
  url: ARTICLE_FIELDS.url,
  title: ARTICLE_FIELDS.title,
  siteName: ARTICLE_FIELDS.siteName,
  lang: ARTICLE_FIELDS.lang,
  dir: ARTICLE_FIELDS.dir,
  leadImage: ARTICLE_FIELDS.leadImage,
  paragraphWords: ARTICLE_FIELDS.wordCount,
});
