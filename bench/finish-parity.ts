/**
 * `npx tsx bench/finish-parity.ts [DIR]`: on every page of the Readability corpus (or DIR, one folder per page
 * with source.html), the article the page used to finish itself (`extractArticle`) against the one finished from
 * what the injected script answers (`extractPage`, then src/ui/finish-page.ts), both ways the key points are read:
 * from the body the page kept (as the finisher in the page does), and from the body's markup parsed again (where
 * that copy is gone). Counts the pages where the key points, the publisher summary, the language or the body
 * differ, and prints the first few. On the corpus, only its development pages (bench/lib/page-split.ts): held-out
 * pages are never looked at one by one.
 * One jsdom at a time, closed after its page (both pipelines read it without changing it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WindowLike } from 'dompurify';
import { extractArticle, extractPage, prepareSpecialMarkup, sanitizeHtml } from '../src/core';
import { parseHtml } from '../src/cli/parse-html';
import { splitOf } from './lib/page-split';
import { finishCard, finishPage } from '../src/ui/finish-page';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = process.argv[2] ?? join(ROOT, '../shared/corpora/readability-test-pages');
/** Which pages of CORPUS to read: a folder given on the command line, all of it; the corpus, its development pages. */
const included = (name: string) => process.argv[2] !== undefined || splitOf('readability', name) === 'development';
const FIELDS = ['summary', 'publisherSummary', 'lang', 'wordCount', 'readingMinutes', 'contentHtml'] as const;

const WAYS = ['kept body', 'markup'] as const;
const differing = Object.fromEntries(
  WAYS.map((way) => [way, Object.fromEntries(FIELDS.map((field) => [field, [] as string[]]))]),
) as Record<(typeof WAYS)[number], Record<(typeof FIELDS)[number], string[]>>;
const shownDiffer: string[] = [];
let pages = 0;
let articles = 0;
for (const name of readdirSync(CORPUS).sort()) {
  const file = join(CORPUS, name, 'source.html');
  if (!existsSync(file) || !included(name)) continue;
  pages++;
  const url = `http://fakehost/${name}/`;
  const html = readFileSync(file, 'utf8');
  // Both read the page without changing it: one DOM serves both.
  const split = parseHtml(html, url);
  try {
    const full = extractArticle(split.document, { url });
    const page = extractPage(split.document, { url }, prepareSpecialMarkup);
    if (full.status !== page.status) throw new Error(`${name}: ${full.status} vs ${page.status}`);
    if (full.status !== 'article' || page.status !== 'article') continue;
    articles++;
    const win = split.document.defaultView as unknown as WindowLike;
    const ways = { 'kept body': finishPage(page.page, win, finishCard(page.page, page.body)), markup: finishPage(page.page, win) };
    for (const way of WAYS) {
      for (const field of FIELDS) if (JSON.stringify(full.article[field]) !== JSON.stringify(ways[way][field])) differing[way][field].push(name);
    }
    // What a view shows: every view sanitises the article's HTML again (src/ui/safe-html.tsx).
    if (sanitizeHtml(full.article.contentHtml, win) !== sanitizeHtml(ways['kept body'].contentHtml, win)) shownDiffer.push(name);
  } finally {
    split.close();
  }
}
console.log(`${pages} pages, ${articles} articles`);
console.log(`contentHtml as the views show it (sanitised again): ${shownDiffer.length} differ${shownDiffer.length ? ` (${shownDiffer.join(', ')})` : ''}`);
for (const way of WAYS) {
  console.log(`key points read from the ${way}:`);
  for (const field of FIELDS) {
    const names = differing[way][field];
    console.log(`  ${field}: ${names.length} differ${names.length ? ` (${names.slice(0, 12).join(', ')})` : ''}`);
  }
}
