/**
 * Articles with human-written reference summaries for the summariser benchmark:
 * the seed article (its standfirst is the reference; the summariser sees the page without it) and pages of the
 * Readability test corpus in ../shared whose meta description is written by the publisher and not copied from
 * the body (checked here, not only by eye).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/cli/parse-html';
import { extractArticle } from '../../src/core';
import { blockText } from '../../src/core/block-text';
import { findPublisherSummary, withoutStandfirst } from '../../src/core/summary';

export interface ReferenceArticle {
  id: string;
  lang: string | null;
  /** What the summariser reads: the article text, paragraphs separated by blank lines, without the reference. */
  text: string;
  /** The human-written summary. */
  reference: string;
}

/**
 * Corpus pages whose description summarises the article in the publisher's own words. Left out on purpose:
 * descriptions copied from the body (e.g. ars-1, nytimes-3, heise, medium-1, toc-missing, yahoo-1: the copy check
 * below rejects them too, as it does engadget's 8-word overlap), site-wide taglines rather than article summaries (001, archive-of-our-own, ebb-org,
 * mozilla-2, yahoo-2, nytimes-5), one-line or cut-off descriptions (videos-1, webmd-2), languages without
 * stop-word support (aktualne, folha, qq, youth, yahoo-4) and markup test pages (00x, lorem ipsum).
 */
export const CORPUS_PAGES = [
  'aclu', 'buzzfeed-1', 'cnet', 'cnet-svg-classes', 'cnn', 'gitlab-blog', 'guardian-1', 'lazy-image-1',
  'medicalnewstoday', 'medium-2', 'nytimes-2', 'quanta-1', 'salon-1', 'schema-org-context-object', 'spiceworks',
  'theverge', 'topicseed-1', 'v8-blog', 'wapo-2', 'wikia',
];

/** A description sharing a verbatim run of this many words with the body, or this share of its words, is a copy. */
const COPIED_RUN_WORDS = 8;
const COPIED_RUN_SHARE = 0.4;

export function loadSeedArticle(fixturesDir: string): ReferenceArticle {
  const url = 'http://127.0.0.1:8000/seed-article/';
  const { document } = parseHtml(readFileSync(join(fixturesDir, 'seed-article/index.html'), 'utf8'), url);
  const outcome = extractArticle(document, { url });
  if (outcome.status !== 'article') throw new Error('seed article not extracted');
  const standfirst = findPublisherSummary(document);
  if (standfirst?.source !== 'standfirst') throw new Error('seed article: standfirst not found');
  const text = withoutStandfirst(outcome.article.textContent, standfirst);
  if (text === outcome.article.textContent) throw new Error('seed article: standfirst not removed from the text');
  return { id: 'seed-article', lang: outcome.article.lang, text, reference: standfirst.text };
}

export function loadCorpusArticle(corpusDir: string, id: string): ReferenceArticle {
  const dir = join(corpusDir, id);
  const metadata = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as {
    excerpt: string | null;
    lang: string | null;
  };
  const reference = (metadata.excerpt ?? '').replace(/\s+/g, ' ').trim();
  const source = readFileSync(join(dir, 'source.html'), 'utf8');
  const { document } = parseHtml(readFileSync(join(dir, 'expected.html'), 'utf8'), 'http://localhost/');
  const text = blockText(document.body);
  assertPublisherWritten(id, reference, source, text);
  return { id, lang: metadata.lang, text, reference };
}

export function loadBenchmarkSet(fixturesDir: string, corpusDir: string): ReferenceArticle[] {
  if (!existsSync(corpusDir)) throw new Error(`corpus not found: ${corpusDir}`);
  return [loadSeedArticle(fixturesDir), ...CORPUS_PAGES.map((id) => loadCorpusArticle(corpusDir, id))];
}

/** Throws unless the reference is in the page's metadata (meta tags or JSON-LD) and not lifted from the body. */
function assertPublisherWritten(id: string, reference: string, sourceHtml: string, body: string): void {
  const words = comparableWords(reference);
  if (words.length < 8) throw new Error(`${id}: description too short to be a summary`);
  const { document } = parseHtml(sourceHtml, 'http://localhost/');
  const metadata = [
    ...Array.from(document.querySelectorAll('meta[content]'), (meta) => meta.getAttribute('content') ?? ''),
    ...Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (script) => script.textContent ?? ''),
  ];
  const wanted = ` ${words.join(' ')} `;
  if (!metadata.some((text) => ` ${comparableWords(text).join(' ')} `.includes(wanted))) {
    throw new Error(`${id}: the reference is not in the page's description metadata (meta tags, JSON-LD)`);
  }
  const run = longestSharedRun(words, comparableWords(body).join(' '));
  if (run >= COPIED_RUN_WORDS || run / words.length >= COPIED_RUN_SHARE) {
    throw new Error(`${id}: the description shares ${run} consecutive words with the body: copied`);
  }
}

function comparableWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function longestSharedRun(words: readonly string[], body: string): number {
  let best = 0;
  for (let start = 0; start < words.length; start++) {
    for (let end = start + best + 1; end <= words.length; end++) {
      if (!` ${body} `.includes(` ${words.slice(start, end).join(' ')} `)) break;
      best = end - start;
    }
  }
  return best;
}
