/**
 * Finishes an article the page extracted (src/content/page-extractor.ts) where it is shown: sanitises its body,
 * checks its language against its text, and computes the key points and whether the publisher's own summary
 * adds to them. One module for every view, so the popup and the background (through
 * src/content/page-finisher.ts) give the article the whole pipeline (`extractArticle`) gives.
 *
 * The key points are computed from the blocks the page read from the body as Readability left it, as the whole
 * pipeline does, so they are the same; the body's markup goes through the one sanitising function.
 */
import type { WindowLike } from 'dompurify';
import { checkedLanguage, sanitizeHtml, summarizeArticleBlocks, type Article, type CardFinish, type ExtractedPage } from '../core';

/** What the card needs: the language checked against the text, the key points and the publisher's summary. */
export function finishCard(page: ExtractedPage): CardFinish {
  const lang = checkedLanguage(page.lang, page.textContent);
  const { summary, publisherSummary } = summarizeArticleBlocks(page.publisherCandidate, page.blocks, { lang, title: page.title, wordCount: page.wordCount });
  return { lang, summary, publisherSummary };
}

/** The whole article; `card` when its card part was already computed. */
export function finishPage(page: ExtractedPage, win: WindowLike, card = finishCard(page)): Article {
  const { publisherCandidate: _candidate, blocks: _blocks, markup, ...fields } = page;
  return { ...fields, ...card, contentHtml: sanitizeHtml(markup, win) };
}
