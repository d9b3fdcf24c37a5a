/**
 * `npm run bench:prepare`: where the prepare stage's time goes, feature by feature, in real Chromium, on the seed
 * article and the largest pages of the Readability corpus (LARGEST, default 3). Each of RUNS rounds (after one
 * warm-up) clones the live page and runs every feature in order (bench/lib/prepare-features.ts), then plain
 * Readability on a fresh copy, then the whole pipeline timed by stage (bench/lib/stage-times.ts, rows `stage:`);
 * figures are medians in ms and as a share of that Readability. Nothing is asserted.
 *
 * `--compare DIR`: an export of another commit of this repository (with node_modules); its prepare stage and
 * pipeline run in the same rounds, alternating with ours, and their rows are prefixed `before:`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/harness/chromium-path';
import { startFixtureServer } from '../tests/harness/fixture-server';
import { median } from './lib/stats';

const RUNS = Number(process.env.RUNS ?? 10);
const LARGEST = Number(process.env.LARGEST ?? 3);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpora/readability-test-pages');
const require = createRequire(import.meta.url);
const compareAt = process.argv.indexOf('--compare');
const BEFORE = compareAt > 0 ? process.argv[compareAt + 1] : undefined;
const timerSource = async (root: string, globalName: string) =>
  (await build({ entryPoints: [join(root, 'bench/lib/prepare-features.ts')], bundle: true, format: 'iife', globalName, write: false, logLevel: 'silent' })).outputFiles[0]!.text;
const TIMER_SOURCES = [await timerSource(ROOT, '__prepareFeatures'), ...(BEFORE ? [await timerSource(BEFORE, '__prepareFeaturesBefore')] : [])];
const READABILITY_SOURCE = require.resolve('@mozilla/readability/Readability.js');

const largest = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((name) => existsSync(join(CORPUS, name, 'source.html')))
      .sort((a, b) => statSync(join(CORPUS, b, 'source.html')).size - statSync(join(CORPUS, a, 'source.html')).size)
      .slice(0, LARGEST)
  : [];
const fixtures = await startFixtureServer();
const corpus = largest.length ? await startFixtureServer(`${CORPUS}/`) : null;
const targets = [{ page: 'seed-article', url: `${fixtures.origin}/seed-article/` }, ...largest.map((name) => ({ page: name, url: `${corpus!.origin}/${name}/source.html` }))];

const browser = await chromium.launch({ executablePath: chromiumPath() });
const rows: { page: string; ms: Record<string, number> }[] = [];
try {
  for (const target of targets) {
    const page = await browser.newPage();
    await page.goto(target.url, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ path: READABILITY_SOURCE });
    for (const content of TIMER_SOURCES) await page.addScriptTag({ content });
    const runs = await page.evaluate((count) => {
      interface Timer {
        timePrepareFeatures(doc: Document, url: string): Record<string, number>;
        timeStages(doc: Document, url: string): Record<string, number>;
      }
      const w = window as unknown as { Readability: new (doc: Document) => { parse(): unknown }; __prepareFeatures: Timer; __prepareFeaturesBefore?: Timer };
      const timers: [string, Timer][] = [['', w.__prepareFeatures], ...(w.__prepareFeaturesBefore ? [['before: ', w.__prepareFeaturesBefore] as [string, Timer]] : [])];
      const all: Record<string, number>[] = [];
      for (let run = 0; run <= count; run++) {
        const started = performance.now();
        new w.Readability(document.cloneNode(true) as Document).parse();
        const times: Record<string, number> = { plainReadability: performance.now() - started };
        // Alternate which version goes first from round to round.
        for (const [prefix, timer] of run % 2 ? timers.slice().reverse() : timers) {
          for (const [name, ms] of Object.entries(timer.timePrepareFeatures(document, location.href))) times[prefix + name] = ms;
          let pipeline = 0;
          for (const [stage, ms] of Object.entries(timer.timeStages(document, location.href))) {
            times[`${prefix}stage: ${stage}`] = ms;
            pipeline += ms;
          }
          times[`${prefix}stage: whole pipeline`] = pipeline;
        }
        if (run > 0) all.push(times);
      }
      return all;
    }, RUNS);
    rows.push({ page: target.page, ms: Object.fromEntries(Object.keys(runs[0]!).map((name) => [name, median(runs.map((run) => run[name]!))])) });
    await page.close();
  }
} finally {
  await browser.close();
  await fixtures.close();
  await corpus?.close();
}

const names = Object.keys(rows[0]!.ms);
console.log(`| feature, median ms of ${RUNS} (share of plain Readability) | ${rows.map((row) => row.page).join(' | ')} |`);
console.log(`|---|${rows.map(() => '---:').join('|')}|`);
for (const name of names) {
  console.log(`| ${name} | ${rows.map(({ ms }) => `${ms[name]!.toFixed(2)} (${((100 * ms[name]!) / ms.plainReadability!).toFixed(0)} %)`).join(' | ')} |`);
}
