/**
 * What the card shows first (title, site, the declared lead image), read from the live page as published,
 * without cloning it or running Readability: the popup paints it while the extraction runs, and the
 * extraction's own answer then replaces it. Only reads the page. Each field is the one the extraction gives
 * wherever it comes from the page's metadata and headline alone (`articleHeader`, `findLeadImage` without a
 * body); the extraction may differ where it uses Readability's reading (a title or site name, an image of the
 * body): `bench/page-head-parity.ts` counts how often. Byline and date are left to the extraction: Readability's
 * reading of them differed from the metadata's on 48 and 20 of the 159 development articles.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { Article } from './article';
import { documentBaseUrl, siteNameFromUrl, textDirection } from './extract';
import { findLeadImage } from './lead-image';
import { articleHeader } from './metadata';
import { countWords, normalizeSpace } from './text';

export type PageHead = Pick<Article, 'url' | 'title' | 'siteName' | 'lang' | 'dir' | 'leadImage'> & {
  /** The words of the page's paragraphs, which the card reserves the key points' place by (not shown). */
  paragraphWords: number;
};

/** Enough paragraphs to tell a brief from a long read; counting stops there on pages of thousands. */
const MAX_PARAGRAPHS = 400;

function paragraphWords(doc: Document, lang: string | null): number {
  const paragraphs = doc.getElementsByTagName('p');
  let text = '';
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) text += ` ${paragraphs[i]!.textContent ?? ''}`;
  return countWords(text, lang);
}

/**
 * The page's head, or null where the page does not look like an article (`force` reads it anyway): the
 * extraction's first check, so that the popup shows no card it would take back for "not an article".
 */
export function pageHead(doc: Document, url: string, force: boolean): PageHead | null {
  if (!force && !isProbablyReaderable(doc)) return null;
  const header = articleHeader(doc, {}, url);
  const lang = normalizeSpace(doc.documentElement?.getAttribute('lang')) || null;
  return {
    url,
    title: header.title || normalizeSpace(doc.title) || new URL(url).hostname,
    siteName: header.siteName || siteNameFromUrl(url),
    lang,
    dir: textDirection(doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir')),
    leadImage: findLeadImage(doc, null, documentBaseUrl(doc, url)),
    paragraphWords: paragraphWords(doc, lang),
  };
}
