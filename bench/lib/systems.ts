import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { blockText } from '../../src/core/block-text';
import { extractArticle, type Article } from '../../src/core';

export { timeStages, type StageTimes } from './stage-times';

/** The two systems compared, run on the same jsdom document; each returns its text and its time. */

export interface Run {
  ms: number;
  text: string;
  /** The extracted HTML, where clutter may hide in attributes (alt text, URLs). */
  html: string;
  article?: Article;
}

/** Plain Readability as its README shows it: on a clone, default options. */
export function runReadability(doc: Document): Run {
  const start = performance.now();
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const ms = performance.now() - start;
  return { ms, text: parsed?.content ? htmlText(parsed.content) : '', html: parsed?.content ?? '' };
}

/** Our whole pipeline, sanitising included; forced, as Readability does not check readerability either. */
export function runCleanReader(doc: Document, url: string): Run {
  const start = performance.now();
  const outcome = extractArticle(doc, { url, force: true });
  const ms = performance.now() - start;
  if (outcome.status !== 'article') return { ms, text: '', html: '' };
  return { ms, text: outcome.article.textContent, html: outcome.article.contentHtml, article: outcome.article };
}

/** Text of an HTML fragment with paragraph breaks, measured the same way for every system and the expectation. */
export function htmlText(html: string): string {
  const wrapper = JSDOM.fragment(`<div>${html}</div>`).firstChild;
  return wrapper ? blockText(wrapper as unknown as Node) : '';
}
