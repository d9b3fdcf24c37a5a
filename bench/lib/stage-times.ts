/**
 * Stages of our pipeline, re-run one by one on the same document to show where its time goes. DOM only (no
 * jsdom import), so the same code is bundled into a page for the Chromium figures.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { WindowLike } from 'dompurify';
import { blockText } from '../../src/core/block-text';
import { cloneForExtraction } from '../../src/core/clone-document';
import { declutter, RemovalReport } from '../../src/core/declutter';
import { restoreLazyImages } from '../../src/core/lazy-images';
import { findLeadImage } from '../../src/core/lead-image';
import { sanitizeHtml } from '../../src/core/sanitize';
import { summarizeArticle } from '../../src/core/summary';
import { countWords } from '../../src/core/text';

/** Milliseconds per stage. */
export interface StageTimes {
  /** isProbablyReaderable on the page. */
  readerable: number;
  /** The private copy of the page. */
  clone: number;
  /** Lazy images and the declutter pass on the whole-page copy. */
  declutterBefore: number;
  readability: number;
  declutterAfter: number;
  /** Lead image: meta tags and images of the page. */
  metadata: number;
  sanitize: number;
  /** Word count, publisher summary and key points of the article text. */
  textStats: number;
}

export function timeStages(doc: Document, url: string, win: WindowLike = doc.defaultView as unknown as WindowLike): StageTimes {
  let last = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return ms;
  };
  isProbablyReaderable(doc);
  const readerable = lap();
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
  if (content) sanitizeHtml(content, win);
  const sanitize = lap();
  const text = content ? blockText(content) : '';
  const wordCount = countWords(text, 'en');
  if (content) summarizeArticle(doc, { content, lang: 'en', title: doc.title, wordCount });
  return { readerable, clone: cloneMs, declutterBefore, readability, declutterAfter, metadata, sanitize, textStats: lap() };
}
