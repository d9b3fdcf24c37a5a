/**
 * `npx tsx bench/special-markup-parity.ts [development|held-out]`: on every page of one split of the Readability
 * corpus and of Defuddle's fixtures, whether the article the injected script gives, which loads the special-markup
 * stage only where the page needs it (src/core/content/special-markup-check.ts), is the article it gives with the
 * stage always loaded; and how often the popup's one-query hint (SPECIAL_MARKUP_HINT) foresaw the need. Prints
 * counts only (a held-out split is only ever reported as a whole). One jsdom at a time, closed after its page.
 */
import { extractPage, prepareSpecialMarkup, refuseSpecialMarkup, SPECIAL_MARKUP_HINT, SpecialMarkupNotLoaded, type PageOutcome } from '../src/core';
import { parseHtml } from '../src/cli/parse-html';
import type { PageSplit } from './lib/page-split';
import { realPagesOf } from './lib/real-pages';

const split = (process.argv[2] ?? 'development') as PageSplit;
if (split !== 'development' && split !== 'held-out') throw new Error('usage: special-markup-parity.ts [development|held-out]');

const pages = realPagesOf(split);

/** What the page gives: without the stage, and with it once the page asked for it. */
function asThePageDoes(doc: Document, url: string): { outcome: PageOutcome | string; needed: boolean } {
  try {
    return { outcome: extractPage(doc, { url, force: true }, refuseSpecialMarkup), needed: false };
  } catch (error) {
    if (!(error instanceof SpecialMarkupNotLoaded)) return { outcome: `error: ${String(error)}`, needed: false };
    return { outcome: extractPage(doc, { url, force: true }, prepareSpecialMarkup), needed: true };
  }
}

function always(doc: Document, url: string): PageOutcome | string {
  try {
    return extractPage(doc, { url, force: true }, prepareSpecialMarkup);
  } catch (error) {
    return `error: ${String(error)}`;
  }
}

/** An outcome as text, the body the page keeps (an element, which JSON leaves empty) as its markup. */
const comparable = (outcome: PageOutcome | string): string =>
  typeof outcome === 'string' ? outcome : JSON.stringify(outcome.status === 'article' ? { ...outcome, body: outcome.body.outerHTML } : outcome);

const counts = { pages: 0, differ: 0, needed: 0, hintForesaw: 0, hintMissed: 0, hintForNothing: 0 };
for (const page of pages) {
  const parsed = parseHtml(page.html, page.url);
  try {
    counts.pages++;
    const hint = parsed.document.querySelector(SPECIAL_MARKUP_HINT) !== null;
    const { outcome, needed } = asThePageDoes(parsed.document, page.url);
    if (comparable(outcome) !== comparable(always(parsed.document, page.url))) counts.differ++;
    if (needed) counts.needed++;
    if (needed && hint) counts.hintForesaw++;
    if (needed && !hint) counts.hintMissed++;
    if (!needed && hint) counts.hintForNothing++;
  } finally {
    parsed.close();
  }
}
console.log(`split: ${split}`);
console.log(`${counts.pages} pages; the article differs from the one with the stage always loaded on ${counts.differ}`);
console.log(`the stage is needed on ${counts.needed}; the hint foresaw ${counts.hintForesaw}, missed ${counts.hintMissed} (one more round), loaded it for nothing on ${counts.hintForNothing}`);
