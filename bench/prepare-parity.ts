/**
 * `npx tsx bench/prepare-parity.ts OUT.json [BEFORE.json]`: what the prepare stage and the whole pipeline give on
 * every page of the Readability corpus, as one digest per page (the prepared copy's body, and the article
 * `extractArticle` returns), written to OUT.json. Given the digests of another version of the code (run the same
 * script in an export of that commit), it counts and names the pages whose output differs: a change made only
 * for speed must give none. With CORPUS unset, only the corpus's development pages (bench/lib/page-split.ts):
 * held-out pages are never looked at one by one. One jsdom at a time, closed after its page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/core';
import { parseHtml } from '../src/cli/parse-html';
import { cloneForExtraction } from '../src/core/clone-document';
import { prepareContent } from '../src/core/content';
import { prepareSpecialMarkup } from '../src/core/content/special-markup';
import { restoreLazyImages } from '../src/core/lazy-images';
import { revealHiddenContent } from '../src/core/reveal-hidden-content';
import { splitOf } from './lib/page-split';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = process.env.CORPUS ?? join(ROOT, '../shared/corpora/readability-test-pages');
const included = (name: string) => process.env.CORPUS !== undefined || splitOf('readability', name) === 'development';
const [out, before] = process.argv.slice(2);
if (!out) throw new Error('usage: prepare-parity.ts OUT.json [BEFORE.json]');

const digest = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16);

/** The private copy as the pipeline prepares it before Readability (src/core/extract.ts, `runPipeline`). */
function preparedBody(doc: Document, url: string): string {
  const copy = cloneForExtraction(doc, url);
  if (!copy.body) return '';
  restoreLazyImages(copy.body);
  prepareContent(copy.body, url, prepareSpecialMarkup);
  revealHiddenContent(copy);
  return copy.body.outerHTML;
}

const digests: Record<string, { prepared: string; article: string }> = {};
for (const name of readdirSync(CORPUS).sort()) {
  const file = join(CORPUS, name, 'source.html');
  if (!existsSync(file) || !included(name)) continue;
  const url = `http://fakehost/${name}/`;
  const parsed = parseHtml(readFileSync(file, 'utf8'), url);
  try {
    digests[name] = { prepared: digest(preparedBody(parsed.document, url)), article: digest(JSON.stringify(extractArticle(parsed.document, { url, force: true }))) };
  } finally {
    parsed.close();
  }
}
writeFileSync(out, JSON.stringify(digests, null, 1));
console.log(`${Object.keys(digests).length} pages digested into ${out}`);
if (before) {
  const old = JSON.parse(readFileSync(before, 'utf8')) as typeof digests;
  for (const part of ['prepared', 'article'] as const) {
    const differ = Object.keys(digests).filter((name) => old[name]?.[part] !== digests[name]![part]);
    console.log(`${part}: ${differ.length} of ${Object.keys(digests).length} pages differ${differ.length ? ` (${differ.join(', ')})` : ''}`);
  }
}
