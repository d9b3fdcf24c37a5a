/**
 * `npx tsx bench/finish-parity.ts [DIR]`: on every page of the Readability corpus (or DIR, one folder per page
 * with source.html), the article the page used to finish itself (`extractArticle`) against the one the popup
 * finishes from what the injected script answers (`extractPage`, then src/ui/finish-page.ts). Counts the pages
 * where the key points, the publisher summary, the language or the body differ, and prints the first few.
 * One jsdom at a time, closed after its page (both pipelines read it without changing it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WindowLike } from 'dompurify';
import { extractArticle, extractPage, prepareSpecialMarkup, sanitizeHtml } from '../src/core';
import { parseHtml } from '../src/cli/parse-html';
import { finishPage } from '../src/ui/finish-page';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = process.argv[2] ?? join(ROOT, '../shared/corpora/readability-test-pages');
const FIELDS = ['summary', 'publisherSummary', 'lang', 'wordCount', 'readingMinutes', 'contentHtml'] as const;

const differing = Object.fromEntries(FIELDS.map((field) => [field, [] as string[]])) as Record<(typeof FIELDS)[number], string[]>;
const shownDiffer: string[] = [];
let pages = 0;
let articles = 0;
for (const name of readdirSync(CORPUS).sort()) {
  const file = join(CORPUS, name, 'source.html');
  if (!existsSync(file)) continue;
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
    const finished = finishPage(page.page, split.document.defaultView as unknown as WindowLike);
    for (const field of FIELDS) if (JSON.stringify(full.article[field]) !== JSON.stringify(finished[field])) differing[field].push(name);
    // What a view shows: every view sanitises the article's HTML again (src/ui/safe-html.tsx).
    const win = split.document.defaultView as unknown as WindowLike;
    if (sanitizeHtml(full.article.contentHtml, win) !== sanitizeHtml(finished.contentHtml, win)) shownDiffer.push(name);
  } finally {
    split.close();
  }
}
console.log(`${pages} pages, ${articles} articles`);
console.log(`contentHtml as the views show it (sanitised again): ${shownDiffer.length} differ${shownDiffer.length ? ` (${shownDiffer.join(', ')})` : ''}`);
for (const field of FIELDS) console.log(`${field}: ${differing[field].length} differ${differing[field].length ? ` (${differing[field].slice(0, 12).join(', ')})` : ''}`);
