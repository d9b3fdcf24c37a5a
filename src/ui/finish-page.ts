/**
 * Finishes an article the page extracted (src/content/page-extractor.ts) where it is shown: sanitises its body,
 * checks its language against its text, and computes the key points and whether the publisher's own summary
 * adds to them. One module for every view, so the popup and the background (through
 * src/content/page-finisher.ts) give the article the whole pipeline (`extractArticle`) gives.
 *
 * The key points are computed from the blocks of the body as the pipeline left it, as the whole pipeline does:
 * in the page, from the body it kept beside the extraction (`PageOutcome`'s `body`), so they are the same; where
 * that copy is gone (the page reloaded, the tab closed), from the body's markup parsed again (`parsedForReading`).
 * The markup goes through the one sanitising function.
 */
import type { WindowLike } from 'dompurify';
import { articleBlocks, checkedLanguage, parsedForReading, sanitizeHtml, summarizeArticleBlocks, type Article, type CardFinish, type ExtractedPage } from '../core';

/** The extracted body as its markup parses, where the page's own copy is not at hand. Only read. */
export const parsedBody = (page: ExtractedPage, win: WindowLike): Element => parsedForReading(page.markup, win);

/**
 * What the card needs: the language checked against the text, the key points and the publisher's summary.
 * `body` is the extracted body (the page's own copy, or `parsedBody`); it is only read.
 */
export function finishCard(page: ExtractedPage, body: Element): CardFinish {
  const lang = checkedLanguage(page.lang, page.textContent);
  const { summary, publisherSummary } = summarizeArticleBlocks(page.publisherCandidate, articleBlocks(body), { lang, title: page.title, wordCount: page.wordCount });
  return { lang, summary, publisherSummary };
}

/** The whole article; `card` when its card part was already computed, else computed from the body's markup. */
export function finishPage(page: ExtractedPage, win: WindowLike, card = finishCard(page, parsedBody(page, win))): Article {
  const { publisherCandidate: _candidate, markup, ...fields } = page;
  return { ...fields, ...card, contentHtml: sanitizeHtml(markup, win) };
}
