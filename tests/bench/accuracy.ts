/**
 * Accuracy and speed of our pipeline against plain Readability, side by side in one process:
 *   npm run bench:accuracy [DIR]
 * - our fixture corpus (tests/fixtures/pages): clutter leak rate, must-keep recall, lead image;
 * - Readability-style test pages (DIR, default ../shared/corpora/readability-test-pages from the repo root):
 *   word recall of the expected content, share of pages losing more than 2 %;
 * - time per page, ours / Readability's (median and p95).
 * Writes artifacts/bench-accuracy.json. BENCH_REPS sets the timed repetitions per page (default 3).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../src/cli/parse-html';
import { absoluteHttpUrl } from '../../src/core/lead-image';
import { loadFixtureCases, loadReferencePages, REFERENCE_URL } from './lib/corpus';
import { mean, median, quantile } from './lib/stats';
import { htmlText, runCleanReader, runReadability, type Run } from './lib/systems';
import { lostBlocks, wordRecall } from './lib/words';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = resolve(REPO, 'tests/fixtures/pages');
const REFERENCE = resolve(REPO, process.argv[2] ?? '../shared/corpora/readability-test-pages');
// BENCH_REPS=0 checks accuracy only.
const REPS = Math.max(0, Number(process.env.BENCH_REPS ?? 3));
const SYSTEMS = ['readability', 'clean-reader'] as const;
type System = (typeof SYSTEMS)[number];

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

interface Timed {
  ratio: number;
  ms: Record<System, number>;
}

/** Runs both systems on one document: a warm-up, then REPS timed runs in alternating order. */
function runBoth(doc: Document, url: string): { runs: Record<System, Run>; time: Timed } {
  const runs = { readability: runReadability(doc), 'clean-reader': runCleanReader(doc, url) };
  if (REPS === 0) return { runs, time: { ratio: NaN, ms: { readability: runs.readability.ms, 'clean-reader': runs['clean-reader'].ms } } };
  const times: Record<System, number[]> = { readability: [], 'clean-reader': [] };
  for (let rep = 0; rep < REPS; rep++) {
    const order: System[] = rep % 2 === 0 ? ['readability', 'clean-reader'] : ['clean-reader', 'readability'];
    for (const system of order) times[system].push((system === 'readability' ? runReadability(doc) : runCleanReader(doc, url)).ms);
  }
  const ms = { readability: median(times.readability), 'clean-reader': median(times['clean-reader']) };
  return { runs, time: { ratio: ms['clean-reader'] / ms.readability, ms } };
}

const errors: { corpus: string; page: string; error: string }[] = [];
const timings: Timed[] = [];

function guarded<T>(corpus: string, page: string, work: () => T): T | null {
  try {
    return work();
  } catch (error) {
    errors.push({ corpus, page, error: String(error).slice(0, 300) });
    return null;
  }
}

// --- Our fixture corpus ---
const fixtureRows = loadFixtureCases(FIXTURES).map((fixture) =>
  guarded('fixtures', fixture.name, () => {
    const { document, close } = parseHtml(fixture.html, fixture.url);
    const { runs, time } = runBoth(document, fixture.url);
    close();
    timings.push(time);
    const per = Object.fromEntries(
      SYSTEMS.map((system) => {
        const text = normalize(runs[system].text);
        const leaked = fixture.mustDrop.filter((s) => text.includes(normalize(s)));
        const lost = fixture.mustKeep.filter((s) => !text.includes(normalize(s)));
        return [system, { leaked, lost }];
      }),
    ) as Record<System, { leaked: string[]; lost: string[] }>;
    const expectedLead = fixture.leadImage === null ? null : absoluteHttpUrl(fixture.leadImage, fixture.url);
    const leadOk = (runs['clean-reader'].article?.leadImage?.src ?? null) === expectedLead;
    return { name: fixture.name, mustDrop: fixture.mustDrop.length, mustKeep: fixture.mustKeep.length, per, leadOk, time };
  }),
).filter((row) => row !== null);

// --- Readability's test pages ---
const referenceRows = loadReferencePages(REFERENCE).map((page) =>
  guarded('reference', page.name, () => {
    const expected = htmlText(page.expectedHtml);
    const { document, close } = parseHtml(page.html, REFERENCE_URL);
    const { runs, time } = runBoth(document, REFERENCE_URL);
    close();
    timings.push(time);
    const per = Object.fromEntries(
      SYSTEMS.map((system) => [system, { recall: wordRecall(expected, runs[system].text), lost: lostBlocks(expected, runs[system].text) }]),
    ) as Record<System, { recall: number; lost: string[] }>;
    return { name: page.name, per, time };
  }),
).filter((row) => row !== null);

// --- Report ---
const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : '—');
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const summary = Object.fromEntries(
  SYSTEMS.map((system) => {
    const drops = sum(fixtureRows.map((r) => r.mustDrop));
    const keeps = sum(fixtureRows.map((r) => r.mustKeep));
    const recalls = referenceRows.map((r) => r.per[system].recall);
    return [
      system,
      {
        fixtureCases: fixtureRows.length,
        leakRate: drops ? sum(fixtureRows.map((r) => r.per[system].leaked.length)) / drops : NaN,
        mustKeepRecall: keeps ? 1 - sum(fixtureRows.map((r) => r.per[system].lost.length)) / keeps : NaN,
        referencePages: referenceRows.length,
        textRecall: mean(recalls),
        pagesLosingOver2Pct: recalls.length ? recalls.filter((r) => r < 0.98).length / recalls.length : NaN,
        pagesLosingOver5Pct: recalls.filter((r) => r < 0.95).length,
      },
    ];
  }),
) as Record<System, { fixtureCases: number; leakRate: number; mustKeepRecall: number; referencePages: number; textRecall: number; pagesLosingOver2Pct: number; pagesLosingOver5Pct: number }>;
const ratios = timings.map((t) => t.ratio);
const time = {
  pages: ratios.length,
  ratioMedian: median(ratios),
  ratioP95: quantile(ratios, 0.95),
  msMedian: { readability: median(timings.map((t) => t.ms.readability)), 'clean-reader': median(timings.map((t) => t.ms['clean-reader'])) },
};
const leadImagesRight = fixtureRows.filter((r) => r.leadOk).length;

const lines = [
  `system        | fixtures: cases  leak rate  must-keep | reference: pages  text recall  pages >2 % loss  (>5 %)`,
  ...SYSTEMS.map((system) => {
    const s = summary[system];
    return `${system.padEnd(13)} | ${String(s.fixtureCases).padStart(15)}  ${pct(s.leakRate).padStart(9)}  ${pct(s.mustKeepRecall).padStart(9)} | ${String(s.referencePages).padStart(16)}  ${pct(s.textRecall).padStart(11)}  ${pct(s.pagesLosingOver2Pct).padStart(15)}  (${s.pagesLosingOver5Pct})`;
  }),
  `lead image right (clean-reader, fixtures): ${leadImagesRight}/${fixtureRows.length}`,
  `time per page, clean-reader / readability over ${time.pages} pages (${REPS} reps): median ${time.ratioMedian.toFixed(2)}×, p95 ${time.ratioP95.toFixed(2)}×` +
    ` (median ms: readability ${time.msMedian.readability.toFixed(1)}, clean-reader ${time.msMedian['clean-reader'].toFixed(1)})`,
];
console.log(lines.join('\n'));

for (const row of fixtureRows) {
  const ours = row.per['clean-reader'];
  if (ours.leaked.length || ours.lost.length || !row.leadOk) {
    console.log(`  fixture ${row.name}: leaked ${JSON.stringify(ours.leaked)} lost ${JSON.stringify(ours.lost)} lead ${row.leadOk ? 'ok' : 'WRONG'}`);
  }
}
for (const row of referenceRows) {
  const ours = row.per['clean-reader'];
  if (ours.recall < 0.95) {
    console.log(`  page ${row.name}: recall ${pct(ours.recall)} (readability ${pct(row.per.readability.recall)}); lost:`);
    for (const block of ours.lost) console.log(`    - ${block}`);
  }
}
for (const error of errors) console.log(`  error ${error.corpus}/${error.page}: ${error.error}`);

mkdirSync(resolve(REPO, 'artifacts'), { recursive: true });
const reportPath = resolve(REPO, 'artifacts/bench-accuracy.json');
writeFileSync(reportPath, JSON.stringify({ summary, time, leadImagesRight, fixtureRows, referenceRows, errors }, null, 2));
console.log(`report: ${reportPath}`);
