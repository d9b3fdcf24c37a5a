import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { blockText } from '../../../src/core/block-text';
import type { WindowLike } from 'dompurify';
import { extractArticle, type Article } from '../../../src/core';
import { findLeadImage } from '../../../src/core/lead-image';
import { sanitizeHtml } from '../../../src/core/sanitize';
import { declutter, RemovalReport } from '../../../src/core/declutter';
import { restoreLazyImages } from '../../../src/core/lazy-images';
import { summarizeArticle } from '../../../src/core/summary';
import { cloneForExtraction } from '../../../src/core/clone-document';
import { countWords } from '../../../src/core/text';

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

/** Stages of our pipeline, re-run one by one on the same document to show where its time goes (ms). */
export interface StageTimes {
  clone: number;
  /** Lazy images and the declutter pass on the whole-page clone. */
  declutterBefore: number;
  readability: number;
  declutterAfter: number;
  /** Lead image: attribute queries on the page. */
  metadata: number;
  sanitize: number;
  /** Word count, publisher summary and key points of the article text. */
  textStats: number;
}

export function timeStages(doc: Document, url: string): StageTimes {
  const lap = (() => {
    let last = performance.now();
    return (): number => {
      const now = performance.now();
      const ms = now - last;
      last = now;
      return ms;
    };
  })();
  const clone = cloneForExtraction(doc, url);
  const cloneMs = lap();
  const report = new RemovalReport();
  if (clone.body) {
    restoreLazyImages(clone.body);
    declutter(clone.body, report);
  }
  const declutterBefore = lap();
  const content = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse()?.content ?? null;
  const readability = lap();
  if (content) declutter(content, report);
  const declutterAfter = lap();
  findLeadImage(doc, content, url);
  const metadata = lap();
  if (content && doc.defaultView) sanitizeHtml(content.innerHTML, doc.defaultView as unknown as WindowLike);
  const sanitize = lap();
  const text = content ? blockText(content) : '';
  countWords(text, 'en');
  summarizeArticle(doc, text, 'en');
  return { clone: cloneMs, declutterBefore, readability, declutterAfter, metadata, sanitize, textStats: lap() };
}

/** Text of an HTML fragment with paragraph breaks, measured the same way for every system and the expectation. */
export function htmlText(html: string): string {
  const wrapper = JSDOM.fragment(`<div>${html}</div>`).firstChild;
  return wrapper ? blockText(wrapper as unknown as Node) : '';
}
