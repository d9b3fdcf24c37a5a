/**
 * Accuracy of our pipeline beside plain Readability and Defuddle, in one command:
 *   npm run bench:accuracy [DIR] [--test-split] [--reference-only]
 * - our fixture corpus (tests/fixtures/pages): clutter leak rate, must-keep recall, lead image. These pages were
 *   written here from our own templates: they show the engine works, not that it generalises;
 * - Readability's test pages (DIR, default ../shared/corpora/readability-test-pages from the repo root): word
 *   recall of Readability's expected content, share of pages losing more than 2 %, on the whole suite and on its
 *   development and held-out pages (bench/splits/corpus-splits.json);
 * - Defuddle's fixture suite, per category and per split (npm run bench:defuddle, run from here);
 * - the real-world widget corpus (npm run bench:widgets, when it is in the tree): the development families, and
 *   the held-back test families only with --test-split;
 * - time per page, ours / Readability's (median and p95).
 * Writes artifacts/bench-accuracy.json. BENCH_REPS sets the timed runs per page (default 3; 0 checks accuracy only).
 *
 * jsdom 29 on Node 20 does not free the documents it parses, so pages are measured in child processes of
 * BATCH pages each; both systems always run on the same document in the same process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFixtureCases, loadReferencePages } from './lib/corpus';
import { splitOf } from './lib/page-split';
import { measureFixture, measureReference, SYSTEMS, type FixtureRow, type ReferenceRow, type System, type Timed } from './lib/measure';
import { mean, median, percentile } from './lib/stats';

const SELF = fileURLToPath(import.meta.url);
const REPO = resolve(dirname(SELF), '..');
const FIXTURES = resolve(REPO, 'tests/fixtures/pages');
const REPS = Math.max(0, Number(process.env.BENCH_REPS ?? 3));
const BATCH = 15;

interface BatchResult {
  fixtureRows: FixtureRow[];
  referenceRows: ReferenceRow[];
  errors: { page: string; error: string }[];
}

function guarded<T>(page: string, errors: BatchResult['errors'], work: () => T): T | null {
  try {
    return work();
  } catch (error) {
    errors.push({ page, error: String(error).slice(0, 300) });
    return null;
  }
}

/** Child: measures pages [start, end) of one corpus and writes the rows as JSON. */
async function runBatch(corpus: 'fixtures' | 'reference', dir: string, start: number, end: number, out: string): Promise<void> {
  const result: BatchResult = { fixtureRows: [], referenceRows: [], errors: [] };
  if (corpus === 'fixtures') {
    for (const fixture of loadFixtureCases(dir).slice(start, end)) {
      const row = guarded(fixture.name, result.errors, () => measureFixture(fixture, REPS));
      if (row) result.fixtureRows.push(row);
    }
  } else {
    for (const page of loadReferencePages(dir).slice(start, end)) {
      try {
        result.referenceRows.push(await measureReference(page, REPS));
      } catch (error) {
        result.errors.push({ page: page.name, error: String(error).slice(0, 300) });
      }
    }
  }
  writeFileSync(out, JSON.stringify(result));
}

function runAll(referenceDir: string): BatchResult {
  const total: BatchResult = { fixtureRows: [], referenceRows: [], errors: [] };
  const jobs: [('fixtures' | 'reference'), string, number][] = [
    ['fixtures', FIXTURES, loadFixtureCases(FIXTURES).length],
    ['reference', referenceDir, loadReferencePages(referenceDir).length],
  ];
  const out = join(tmpdir(), `bench-accuracy-${process.pid}.json`);
  for (const [corpus, dir, count] of jobs) {
    for (let start = 0; start < count; start += BATCH) {
      const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', SELF, '--batch', corpus, dir, String(start), String(start + BATCH), out], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: process.env,
      });
      if (child.status !== 0) {
        total.errors.push({ page: `${corpus}[${start}..${start + BATCH})`, error: `batch exited ${child.status ?? child.signal}` });
        continue;
      }
      const batch = JSON.parse(readFileSync(out, 'utf8')) as BatchResult;
      total.fixtureRows.push(...batch.fixtureRows);
      total.referenceRows.push(...batch.referenceRows);
      total.errors.push(...batch.errors);
      console.error(`  measured ${corpus} ${Math.min(start + BATCH, count)}/${count}`);
    }
  }
  rmSync(out, { force: true });
  return total;
}

function report({ fixtureRows, referenceRows, errors }: BatchResult, referenceDir: string): void {
  const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : '—');
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const summary = Object.fromEntries(
    SYSTEMS.map((system) => {
      const drops = sum(fixtureRows.map((r) => r.mustDrop));
      const keeps = sum(fixtureRows.map((r) => r.mustKeep));
      const recalls = referenceRows.map((r) => r.per[system].recall);
      return [system, {
        fixtureCases: fixtureRows.length,
        leakRate: drops ? sum(fixtureRows.map((r) => r.per[system].leaked.length)) / drops : NaN,
        mustKeepRecall: keeps ? 1 - sum(fixtureRows.map((r) => r.per[system].lost.length)) / keeps : NaN,
        referencePages: referenceRows.length,
        textRecall: mean(recalls),
        pagesLosingOver2Pct: recalls.length ? recalls.filter((r) => r < 0.98).length / recalls.length : NaN,
        pagesLosingOver5Pct: recalls.filter((r) => r < 0.95).length,
      }];
    }),
  ) as Record<System, { fixtureCases: number; leakRate: number; mustKeepRecall: number; referencePages: number; textRecall: number; pagesLosingOver2Pct: number; pagesLosingOver5Pct: number }>;

  const timings = [...fixtureRows, ...referenceRows].map((r) => r.time).filter((t): t is Timed => t !== null);
  const ratios = timings.map((t) => t.ratio);
  const stageNames = Object.keys(timings[0]?.stages ?? {}) as (keyof Timed['stages'])[];
  const time = {
    pages: timings.length,
    reps: REPS,
    ratioMedian: median(ratios),
    ratioP95: percentile(ratios, 95),
    msMedian: { readability: median(timings.map((t) => t.ms.readability)), 'clean-reader': median(timings.map((t) => t.ms['clean-reader'])) },
    /** Each stage's time as a multiple of plain Readability's on the same page, median over pages. */
    stagesMedian: Object.fromEntries(stageNames.map((stage) => [stage, median(timings.map((t) => t.stages[stage] / t.ms.readability))])),
  };
  const leadImagesRight = fixtureRows.filter((r) => r.leadOk).length;

  const recallOf = (rows: ReferenceRow[], pick: (row: ReferenceRow) => number): string => pct(mean(rows.map(pick).filter(Number.isFinite)));
  const bySplit = (split: 'development' | 'held-out') => referenceRows.filter((row) => splitOf('readability', row.name) === split);
  const splitLines = (['development', 'held-out'] as const).map((split) => {
    const rows = bySplit(split);
    return `  ${split.padEnd(11)} (${rows.length} pages): readability ${recallOf(rows, (r) => r.per.readability.recall)}, clean-reader ${recallOf(rows, (r) => r.per['clean-reader'].recall)}, defuddle ${recallOf(rows, (r) => r.defuddleRecall)}`;
  });
  const lines = [
    `reference pages: ${referenceDir}`,
    `system        | fixtures: cases  leak rate  must-keep | reference: pages  text recall  pages >2 % loss  (>5 %)`,
    ...SYSTEMS.map((system) => {
      const s = summary[system];
      return `${system.padEnd(13)} | ${String(s.fixtureCases).padStart(15)}  ${pct(s.leakRate).padStart(9)}  ${pct(s.mustKeepRecall).padStart(9)} | ${String(s.referencePages).padStart(16)}  ${pct(s.textRecall).padStart(11)}  ${pct(s.pagesLosingOver2Pct).padStart(15)}  (${s.pagesLosingOver5Pct})`;
    }),
    `defuddle      | reference text recall ${recallOf(referenceRows, (r) => r.defuddleRecall)} (no fixture figures: it has no clutter report)`,
    'Readability pages, text recall by split:',
    ...splitLines,
    `lead image right (clean-reader, fixtures): ${leadImagesRight}/${fixtureRows.length}`,
    time.pages
      ? `time per page, clean-reader / readability over ${time.pages} pages (${REPS} reps): median ${time.ratioMedian.toFixed(2)}×, p95 ${time.ratioP95.toFixed(2)}×` +
        ` (median ms: readability ${time.msMedian.readability.toFixed(1)}, clean-reader ${time.msMedian['clean-reader'].toFixed(1)})\n` +
        `  stages, median × Readability's time: ${Object.entries(time.stagesMedian).map(([stage, x]) => `${stage} ${x.toFixed(2)}`).join(', ')}`
      : 'time: not measured (BENCH_REPS=0)',
  ];
  console.log(lines.join('\n'));

  for (const row of fixtureRows) {
    const ours = row.per['clean-reader'];
    if (ours.leaked.length || ours.lost.length || !row.leadOk) {
      console.log(`  fixture ${row.name}: leaked ${JSON.stringify(ours.leaked)} lost ${JSON.stringify(ours.lost)} lead ${row.leadOk ? 'ok' : `WRONG (${row.leadImage})`}`);
    }
  }
  for (const row of referenceRows) {
    const ours = row.per['clean-reader'];
    if (ours.recall < 0.95) {
      console.log(`  page ${row.name}: recall ${pct(ours.recall)} (readability ${pct(row.per.readability.recall)}); lost:`);
      for (const block of ours.lost) console.log(`    - ${block}`);
    }
  }
  for (const error of errors) console.log(`  error ${error.page}: ${error.error}`);

  mkdirSync(resolve(REPO, 'artifacts'), { recursive: true });
  const reportPath = resolve(REPO, 'artifacts/bench-accuracy.json');
  writeFileSync(reportPath, JSON.stringify({ summary, time, leadImagesRight, fixtureRows, referenceRows, errors }, null, 2));
  console.log(`report: ${reportPath}`);
}

const args = process.argv.slice(2);
if (args[0] === '--batch') {
  const [, corpus, dir, start, end, out] = args;
  await runBatch(corpus as 'fixtures' | 'reference', dir!, Number(start), Number(end), out!);
} else {
  const referenceDir = resolve(REPO, args.find((arg) => !arg.startsWith('--')) ?? '../shared/corpora/readability-test-pages');
  report(runAll(referenceDir), referenceDir);
  // --reference-only: our fixtures and Readability's pages, without the Defuddle and widget parts.
  if (args.includes('--reference-only')) process.exit(0);
  runPart('Defuddle\'s fixture suite (npm run bench:defuddle)', 'bench/defuddle-suite.ts', []);
  const widgets = resolve(REPO, 'bench/widgets.ts');
  if (existsSync(widgets)) {
    runPart('widget corpus, development families', 'bench/widgets.ts', ['--split', 'development']);
    if (args.includes('--test-split')) runPart('widget corpus, held-back test families', 'bench/widgets.ts', ['--split', 'test']);
  } else {
    console.log('\nwidget corpus: bench/widgets.ts is not in this tree yet');
  }
}

/** Runs another benchmark of this folder as a child process, its output inline. */
function runPart(title: string, script: string, scriptArgs: string[]): void {
  console.log(`\n## ${title}`);
  const child = spawnSync(process.execPath, [...process.execArgv, resolve(REPO, script), ...scriptArgs], { stdio: 'inherit', env: process.env });
  if (child.status !== 0) console.log(`  ${script} exited ${child.status ?? child.signal}`);
}
