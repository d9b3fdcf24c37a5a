/**
 * How long a text must be before the stop-word check (src/core/metadata/language.ts) may override the page's
 * `lang`: on the development pages of both corpora (Defuddle's suite, Readability's pages; the held-out halves
 * are never read), windows of N words of each page's expected text are checked with the page's declared language,
 * and an override that differs from the check on the whole text counts as wrong.
 *   npx tsx bench/language-length.ts
 * Prints, per N, the windows checked, how many were overridden and how many of those overrides were wrong.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../src/cli/parse-html';
import { checkedLanguage, MIN_WORDS } from '../src/core/metadata/language';
import { loadReferencePages } from './lib/corpus';
import { loadDefuddlePages } from './lib/defuddle-corpus';
import { loadSplit } from './lib/defuddle-split';
import { splitOf } from './lib/page-split';
import { htmlText } from './lib/systems';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LENGTHS = [10, 20, 30, 40, 50, 60, 80, 100, 150];
const WINDOWS_PER_PAGE = 8;

interface Text {
  declared: string | null;
  text: string;
}

function declaredLang(html: string): string | null {
  const { document, close } = parseHtml(html, 'https://example.com/');
  const lang = document.documentElement.getAttribute('lang')?.trim() || null;
  close();
  return lang;
}

const texts: Text[] = [];
const defuddleSplit = loadSplit();
for (const page of loadDefuddlePages(resolve(REPO, '../shared/corpora/defuddle-fixtures'))) {
  if (defuddleSplit(page.name) === 'development') texts.push({ declared: declaredLang(page.html), text: page.expectedText });
}
for (const page of loadReferencePages(resolve(REPO, '../shared/corpora/readability-test-pages'))) {
  if (splitOf('readability', page.name) === 'development') texts.push({ declared: declaredLang(page.html), text: htmlText(page.expectedHtml) });
}

console.log(`${texts.length} development pages; the check keeps the page's lang below ${MIN_WORDS} words`);
console.log('| words | windows | overridden | wrong overrides |');
console.log('|---:|---:|---:|---:|');
for (const length of LENGTHS) {
  let windows = 0;
  let overridden = 0;
  let wrong = 0;
  for (const { declared, text } of texts) {
    const words = text.split(/\s+/).filter(Boolean);
    if (words.length < length * 2) continue;
    const truth = checkedLanguage(declared, text);
    for (let i = 0; i < WINDOWS_PER_PAGE; i++) {
      const start = Math.floor(((words.length - length) * i) / WINDOWS_PER_PAGE);
      // The check below its own floor, so that every length is judged by the stop words alone.
      const guess = checkedLanguage(declared, words.slice(start, start + length).join(' '), 0);
      windows++;
      if (guess !== declared) overridden++;
      if (guess !== declared && guess !== truth) wrong++;
    }
  }
  console.log(`| ${length} | ${windows} | ${overridden} | ${wrong} |`);
}
