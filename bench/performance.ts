/**
 * `npm run bench`: speed in real Chromium and in Node, as ratios against plain Readability in the same run.
 *
 * Chromium, on the seed page and the largest pages of the Readability corpus (served from 127.0.0.1):
 *  - toolbar action → card painted (median of RUNS, after one cold run);
 *  - click on "Read" → article painted in the reader (median of RUNS);
 *  - extraction inside the page: our whole pipeline and plain Readability on the same page, alternating,
 *    both loaded into the page's main world (ratio of medians).
 * A generated page of 120,000 elements and 10 MB: toolbar action → the popup's answer (median of HUGE_RUNS).
 * Node (jsdom), over every page of the corpus: pipeline vs plain Readability per page (ratio median and p95).
 * Prints a table and writes artifacts/bench-performance.json. Nothing is asserted.
 */
import { Readability } from '@mozilla/readability';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/core';
import { parseHtml } from '../src/cli/parse-html';
import { DIST, launchExtensionBrowser } from '../tests/harness/extension-browser';
import { startFixtureServer } from '../tests/harness/fixture-server';
import { build } from 'esbuild';
import { writeHugePage } from '../tests/harness/huge-page';
import { readerPaint } from './lib/reader-paint';
import { median, percentile } from './lib/stats';
import type { StageTimes } from './lib/stage-times';

const RUNS = Number(process.env.RUNS ?? 10);
const HUGE_RUNS = Number(process.env.HUGE_RUNS ?? 5);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpora/readability-test-pages');
const LARGEST = Number(process.env.LARGEST ?? 3);
const require = createRequire(import.meta.url);
const READABILITY_SOURCE = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
const PIPELINE_SOURCE = readFileSync(join(DIST, 'src/content/page-extractor.js'), 'utf8');
/** The special-markup script, added where the extractor asks for it, as the popup injects it (none in older builds). */
const SPECIAL_PATH = join(DIST, 'src/content/special-markup.js');
const SPECIAL_SOURCE = existsSync(SPECIAL_PATH) ? readFileSync(SPECIAL_PATH, 'utf8') : null;
/** The pipeline timed stage by stage through its onStage hook (bench/lib/stage-times.ts), bundled for the page's main world. */
const STAGES_SOURCE = (
  await build({
    entryPoints: [join(ROOT, 'bench/lib/stage-times.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__cleanReaderStages',
    write: false,
    logLevel: 'silent',
  })
).outputFiles[0]!.text;

interface PageFigures {
  page: string;
  kilobytes: number;
  elements: number;
  cardMedianMs: number | null;
  /** Click on "Read" in the popup → article painted in the reader. */
  readerMedianMs: number;
  pipelineMedianMs: number;
  readabilityMedianMs: number;
  ratio: number;
  /** Median time of each stage, as a share of plain Readability's median time. */
  stages: Record<keyof StageTimes, number>;
}

function corpusPages(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, 'source.html')));
}

async function chromiumFigures(): Promise<PageFigures[]> {
  const fixtures = await startFixtureServer();
  const corpus = existsSync(CORPUS) ? await startFixtureServer(`${CORPUS}/`) : null;
  const largest = corpusPages()
    .sort((a, b) => statSync(join(CORPUS, b, 'source.html')).size - statSync(join(CORPUS, a, 'source.html')).size)
    .slice(0, LARGEST);
  const targets = [
    { page: 'seed-article', url: `${fixtures.origin}/seed-article/`, bytes: statSync(join(ROOT, 'tests/fixtures/seed-article/index.html')).size },
    ...largest.map((name) => ({ page: name, url: `${corpus!.origin}/${name}/source.html`, bytes: statSync(join(CORPUS, name, 'source.html')).size })),
  ];
  const browser = await launchExtensionBrowser();
  const figures: PageFigures[] = [];
  try {
    for (const target of targets) {
      const page = await browser.context.newPage();
      await page.goto(target.url, { waitUntil: 'domcontentloaded' });
      const card: number[] = [];
      for (let run = 0; run <= RUNS; run++) {
        const triggered = Date.now();
        const popup = await browser.clickAction(page);
        await popup.waitFor('document.documentElement.dataset.cardPaintedAt || document.querySelector(".status-message")', 30_000);
        const painted = Number(await popup.evaluate<string>('document.documentElement.dataset.cardPaintedAt ?? "NaN"'));
        await popup.close();
        if (run > 0 && Number.isFinite(painted)) card.push(painted - triggered);
      }
      // Both extractors in the page's main world, run alternately on the same live document.
      await page.addScriptTag({ content: READABILITY_SOURCE });
      await page.addScriptTag({ content: PIPELINE_SOURCE });
      const needsSpecial = await page.evaluate(() => {
        const w = window as unknown as { __cleanReaderExtractor: { extract(request: { force: boolean }): { kind: string } } };
        return w.__cleanReaderExtractor.extract({ force: true }).kind === 'needs-special-markup';
      });
      if (needsSpecial && SPECIAL_SOURCE) await page.addScriptTag({ content: SPECIAL_SOURCE });
      await page.addScriptTag({ content: STAGES_SOURCE });
      const timing = await page.evaluate((runs) => {
        const w = window as unknown as {
          Readability: new (doc: Document) => { parse(): unknown };
          __cleanReaderExtractor: { extract(request: { force: boolean }): unknown };
          __cleanReaderStages: { timeStages(doc: Document, url: string): Record<string, number> };
        };
        const pipeline: number[] = [];
        const readability: number[] = [];
        const stages: Record<string, number>[] = [];
        for (let run = 0; run <= runs; run++) {
          let started = performance.now();
          new w.Readability(document.cloneNode(true) as Document).parse();
          const plain = performance.now() - started;
          started = performance.now();
          w.__cleanReaderExtractor.extract({ force: true });
          const ours = performance.now() - started;
          const staged = w.__cleanReaderStages.timeStages(document, location.href);
          if (run > 0) {
            readability.push(plain);
            pipeline.push(ours);
            stages.push(staged);
          }
        }
        return { pipeline, readability, stages, elements: document.getElementsByTagName('*').length };
      }, RUNS);
      figures.push({
        page: target.page,
        kilobytes: Math.round(target.bytes / 1024),
        elements: timing.elements,
        cardMedianMs: card.length ? median(card) : null,
        readerMedianMs: Number.NaN,
        pipelineMedianMs: median(timing.pipeline),
        readabilityMedianMs: median(timing.readability),
        ratio: median(timing.pipeline) / median(timing.readability),
        stages: Object.fromEntries(
          Object.keys(timing.stages[0]!).map((stage) => [stage, median(timing.stages.map((run) => run[stage]!)) / median(timing.readability)]),
        ) as PageFigures['stages'],
      });
      await page.close();
      // In a tab of its own: the harness tells tabs apart by address.
      figures.at(-1)!.readerMedianMs = (await readerPaint(browser, target.page, target.url, RUNS)).medianMs;
    }
  } finally {
    await browser.close();
    await fixtures.close();
    await corpus?.close();
  }
  return figures;
}

/** Toolbar action → the popup's answer (card or "too large") on a generated page of 120,000 elements and 10 MB. */
async function hugePageFigures() {
  const huge = writeHugePage(120_000, 10);
  const server = await startFixtureServer(huge.root);
  const browser = await launchExtensionBrowser();
  const times: number[] = [];
  let answer = '';
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${huge.path}`);
    for (let run = 0; run <= HUGE_RUNS; run++) {
      const triggered = Date.now();
      const popup = await browser.clickAction(page);
      await popup.waitFor("document.querySelector('.card, .status-message')", 30_000);
      const answeredAt = Date.now();
      answer = await popup.evaluate<string>("document.querySelector('.card .title, .status-title')?.textContent ?? ''");
      await popup.close();
      if (run > 0) times.push(answeredAt - triggered);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(huge.root, { recursive: true, force: true });
  }
  return { runs: HUGE_RUNS, medianMs: median(times), maxMs: Math.max(...times), answer };
}

/** One parse per page, then plain Readability and the pipeline on it, alternating which goes first. */
function nodeFigures() {
  const ratios: number[] = [];
  const failures: string[] = [];
  corpusPages().forEach((name, index) => {
    const url = `http://127.0.0.1/${name}/`;
    const page = parseHtml(readFileSync(join(CORPUS, name, 'source.html'), 'utf8'), url);
    try {
      const plain = () => {
        const started = performance.now();
        new Readability(page.document.cloneNode(true) as Document).parse();
        return performance.now() - started;
      };
      const ours = () => {
        const started = performance.now();
        extractArticle(page.document, { url, force: true });
        return performance.now() - started;
      };
      const [first, second] = index % 2 ? [ours(), plain()] : [plain(), ours()];
      ratios.push(index % 2 ? first / second : second / first);
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    } finally {
      page.close();
    }
  });
  return { pages: ratios.length, medianRatio: median(ratios), p95Ratio: percentile(ratios, 95), failures };
}

const chromium = await chromiumFigures();
const fmt = (n: number | null, digits = 1) => (n === null ? '-' : n.toFixed(digits));
console.log(`\nChromium (${RUNS} runs each, medians)`);
console.log('| page | size KB | elements | action → card ms | Read → reader ms | pipeline ms | Readability ms | ratio |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const f of chromium) {
  console.log(`| ${f.page} | ${f.kilobytes} | ${f.elements} | ${fmt(f.cardMedianMs, 0)} | ${fmt(f.readerMedianMs, 0)} | ${fmt(f.pipelineMedianMs)} | ${fmt(f.readabilityMedianMs)} | ${fmt(f.ratio, 2)}x |`);
}
console.log('\nWhere the time goes in Chromium: each stage of the pipeline, median, as a share of plain Readability');
const stageNames = Object.keys(chromium[0]?.stages ?? {}) as (keyof StageTimes)[];
console.log(`| page | ${stageNames.join(' | ')} |`);
console.log(`|---|${stageNames.map(() => '---:').join('|')}|`);
for (const f of chromium) console.log(`| ${f.page} | ${stageNames.map((stage) => fmt(f.stages[stage], 2)).join(' | ')} |`);
const huge = await hugePageFigures();
console.log(`\nHuge page (120,000 elements, 10 MB), action → popup's answer, ${huge.runs} warm runs: median ${fmt(huge.medianMs, 0)} ms, max ${fmt(huge.maxMs, 0)} ms ("${huge.answer}")`);
const node = nodeFigures();
console.log(`\nNode (jsdom), ${node.pages} corpus pages: pipeline / plain Readability per page, median ${fmt(node.medianRatio, 2)}x, p95 ${fmt(node.p95Ratio, 2)}x`);
for (const failure of node.failures) console.log(`  failed: ${failure}`);
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(join(ROOT, 'artifacts/bench-performance.json'), JSON.stringify({ runs: RUNS, chromium, huge, node }, null, 2));
console.log('\nreport: artifacts/bench-performance.json');
