import { findElement } from '../dom-walk';
import { metaContents } from '../page-meta';
import { normalizeSpace } from '../text';
import { primaryLanguage } from './language';
import type { ArticleBlock } from './article-blocks';
import { splitSentences } from './sentences';
import { indexTerms } from './terms';

/** The publisher's own summary of the article, and where on the page it was found. */
export interface PublisherSummary {
  text: string;
  /** 'standfirst': shown on the page above the body; 'meta': only in the page's description metadata. */
  source: 'standfirst' | 'meta';
}

/** A description shorter than this is a tagline, not a summary. */
export const MIN_PUBLISHER_SUMMARY_CHARS = 80;
/** A "standfirst" longer than this is body text that happens to carry such a class. */
const MAX_STANDFIRST_CHARS = 1500;

/**
 * Class names (or their last BEM/kebab part) that publishers give a standfirst: "standfirst", "post-summary",
 * "article__lead", "c-dek". The word must end a class token, so "lead-image" or "summary-box-title" do not match.
 */
const STANDFIRST_CLASS = /(?:^|[\s_-])(?:standfirst|summary|dek|deck|lede|lead|intro|subheadline|subhead|teaser|excerpt)(?:\s|$)/i;
const STANDFIRST_ATTRIBUTES = '[itemprop="description" i], [data-component*="standfirst" i], [data-testid*="standfirst" i]';
/** Attributes one of which an element needs before `STANDFIRST_ATTRIBUTES` is worth matching. */
const STANDFIRST_ATTRIBUTE_NAMES = ['itemprop', 'data-component', 'data-testid'];
const NOT_ARTICLE = [
  'nav', 'aside', 'footer', 'form', '[role="navigation"]', '[role="complementary"]',
  '[class*="related" i]', '[class*="comment" i]', '[class*="widget" i]', '[class*="sidebar" i]',
].join(', ');

/**
 * The publisher's summary: a standfirst element on the page, else the longest meta description (description,
 * og:description, twitter:description). Null when neither is substantial.
 */
export function findPublisherSummary(doc: Document): PublisherSummary | null {
  const standfirst = findStandfirst(doc);
  if (standfirst) return { text: standfirst, source: 'standfirst' };
  const meta = longestMetaDescription(doc);
  return meta ? { text: meta, source: 'meta' } : null;
}

function findStandfirst(doc: Document): string | null {
  const root = doc.body;
  if (!root) return null;
  let text = '';
  // Cheap string tests first: selector matching over every element is slow in Node DOMs.
  const found = findElement(root, (element) => {
    if (element.tagName === 'META') return false;
    const byClass = STANDFIRST_CLASS.test(element.getAttribute('class') ?? '');
    if (!byClass && !(STANDFIRST_ATTRIBUTE_NAMES.some((name) => element.hasAttribute(name)) && element.matches(STANDFIRST_ATTRIBUTES))) {
      return false;
    }
    // The ancestor walk is the costly test: only for the few elements that look like a standfirst.
    if (element.closest(NOT_ARTICLE)) return false;
    text = normalizeSpace(element.textContent);
    if (text.length < MIN_PUBLISHER_SUMMARY_CHARS || text.length > MAX_STANDFIRST_CHARS) return false;
    return linkTextShare(element, text.length) <= 0.5;
  });
  return found ? text : null;
}

function linkTextShare(element: Element, textLength: number): number {
  let linkText = 0;
  for (const link of element.querySelectorAll('a')) linkText += normalizeSpace(link.textContent).length;
  return linkText / textLength;
}

function longestMetaDescription(doc: Document): string | null {
  let longest = '';
  for (const content of metaContents(doc, 'description', 'og:description', 'twitter:description')) {
    const text = normalizeSpace(content);
    if (text.length > longest.length) longest = text;
  }
  return longest.length >= MIN_PUBLISHER_SUMMARY_CHARS ? longest : null;
}

/** A standfirst is among the article's first few blocks, if the extraction kept it. */
const STANDFIRST_BLOCK_WINDOW = 5;
/** Shorter blocks (a kicker, a date) are not taken for part of a standfirst. */
const MIN_STANDFIRST_BLOCK_CHARS = 20;

/**
 * The article's blocks without the standfirst's: the standfirst is itself a summary, so leaving it in would let
 * the summariser copy it (and its words would dominate the centrality of everything else). Only an element
 * shown as a standfirst is removed; a meta description that repeats the body's first paragraph is left alone,
 * since that paragraph is the article's own lead.
 */
export function withoutStandfirst(blocks: readonly ArticleBlock[], publisherSummary: PublisherSummary | null): ArticleBlock[] {
  if (publisherSummary?.source !== 'standfirst') return [...blocks];
  const standfirst = comparable(publisherSummary.text);
  return blocks.filter((block, index) => {
    if (index >= STANDFIRST_BLOCK_WINDOW || block.text.length < MIN_STANDFIRST_BLOCK_CHARS) return true;
    return !standfirst.includes(comparable(block.text));
  });
}

function comparable(text: string): string {
  return normalizeSpace(text).toLowerCase();
}

/** Share of a publisher sentence's terms found in one key point above which it is taken for a copy of it. */
const COPY_OVERLAP = 0.8;

/**
 * Whether the publisher summary only repeats the key points: every one of its sentences is (nearly) one of them.
 * A truncated description ("… the tech industry…") counts by the terms it has.
 */
export function repeatsKeyPoints(publisherText: string, keyPoints: readonly string[], lang: string | null): boolean {
  const language = primaryLanguage(lang);
  const keyPointTerms = keyPoints.map((point) => new Set(indexTerms(point, language)));
  return splitSentences(publisherText, lang).every((sentence) => {
    const terms = new Set(indexTerms(sentence, language));
    if (terms.size === 0) return true;
    return keyPointTerms.some((pointTerms) => {
      let shared = 0;
      for (const term of terms) if (pointTerms.has(term)) shared++;
      return shared / terms.size >= COPY_OVERLAP;
    });
  });
}
