/**
 * `npx tsx bench/page-head-parity.ts`: on the development pages of the Readability corpus and of Defuddle's
 * fixtures (bench/lib/page-split.ts; held-out pages are never read here), how often the card's head, which the
 * popup paints before the extraction (src/core/page-head.ts), differs from what the extraction then shows in its
 * place: title, site, lead image, the key points' reserved place; and how often the head is shown
 * for a page the extraction then calls not an article, or missing for one it reads. Also the median time of the
 * head against the extraction's, in jsdom. One jsdom at a time, closed after its page.
 */
import { extractPage, keyPointCount, pageHead, prepareSpecialMarkup } from '../src/core';
import { parseHtml } from '../src/cli/parse-html';
import { realPagesOf } from './lib/real-pages';
import { median } from './lib/stats';

const pages = realPagesOf('development');

const FIELDS = ['title', 'siteName', 'leadImage', 'reservedPoints'] as const;
const differ = Object.fromEntries(FIELDS.map((field) => [field, [] as string[]])) as Record<(typeof FIELDS)[number], string[]>;
const imageAdded: string[] = [];
const imageDropped: string[] = [];
const headThenNotArticle: string[] = [];
const noHeadForArticle: string[] = [];
const headMs: number[] = [];
const extractionMs: number[] = [];
let articles = 0;

for (const page of pages) {
  const parsed = parseHtml(page.html, page.url);
  try {
    const doc = parsed.document;
    let started = performance.now();
    const head = pageHead(doc, page.url, false);
    headMs.push(performance.now() - started);
    started = performance.now();
    const outcome = extractPage(doc, { url: page.url, force: false }, prepareSpecialMarkup);
    extractionMs.push(performance.now() - started);
    if (outcome.status !== 'article') {
      if (head) headThenNotArticle.push(page.id);
      continue;
    }
    articles++;
    if (!head) {
      noHeadForArticle.push(page.id);
      continue;
    }
    const shown = { ...outcome.page, reservedPoints: keyPointCount(outcome.page.wordCount) };
    const first = { ...head, reservedPoints: keyPointCount(head.paragraphWords) };
    for (const field of FIELDS) if (JSON.stringify(first[field]) !== JSON.stringify(shown[field])) differ[field].push(page.id);
    if (!head.leadImage && shown.leadImage) imageAdded.push(page.id);
    if (head.leadImage && !shown.leadImage) imageDropped.push(page.id);
  } finally {
    parsed.close();
  }
}

const list = (names: string[]) => `${names.length}${names.length ? ` (${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''})` : ''}`;
console.log(`${pages.length} development pages, ${articles} articles`);
console.log(`head shown, then "not an article": ${list(headThenNotArticle)}`);
console.log(`article without a head (the card waits for the extraction): ${list(noHeadForArticle)}`);
for (const field of FIELDS) console.log(`${field} differs: ${list(differ[field])}`);
console.log(`lead image only in the extraction (a body image): ${list(imageAdded)}; only in the head: ${list(imageDropped)}`);
console.log(`median ms in jsdom: head ${median(headMs).toFixed(2)}, extraction ${median(extractionMs).toFixed(2)}`);
