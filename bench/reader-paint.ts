/**
 * `npm run bench:reader`: time from clicking "Read" in the popup to the article painted in the reader, in real
 * Chromium, on the seed page and on the largest page of the Readability corpus (served from 127.0.0.1; the
 * bundled copy in tests/fixtures/large when ../shared is absent). Median and p95 of RUNS runs (default 10).
 * Prints a table and writes artifacts/bench-reader.json. Nothing is asserted.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtensionBrowser } from '../tests/harness/extension-browser';
import { startFixtureServer } from '../tests/harness/fixture-server';
import { readerPaint, type ReaderPaint } from './lib/reader-paint';

const RUNS = Number(process.env.RUNS ?? 10);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpora/readability-test-pages');

const server = await startFixtureServer();
const corpus = existsSync(join(CORPUS, 'yahoo-2/source.html')) ? await startFixtureServer(`${CORPUS}/`) : null;
const browser = await launchExtensionBrowser();
const figures: ReaderPaint[] = [];
try {
  figures.push(await readerPaint(browser, 'seed-article', `${server.origin}/seed-article/`, RUNS));
  const largest = corpus ? `${corpus.origin}/yahoo-2/source.html` : `${server.origin}/large/yahoo-2/`;
  figures.push(await readerPaint(browser, 'yahoo-2 (largest corpus page, 1.6 MB)', largest, RUNS));
} finally {
  await browser.close();
  await server.close();
  await corpus?.close();
}
console.log(`\nclick on "Read" → article painted in the reader (${RUNS} warm runs)`);
console.log('| page | median ms | p95 ms |');
console.log('|---|---:|---:|');
for (const f of figures) console.log(`| ${f.page} | ${f.medianMs.toFixed(0)} | ${f.p95Ms.toFixed(0)} |`);
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(join(ROOT, 'artifacts/bench-reader.json'), JSON.stringify({ runs: RUNS, figures }, null, 2));
console.log('\nreport: artifacts/bench-reader.json');
