/**
 * Summariser benchmark: `npm run bench:summary [-- --fit] [-- --on-device]`.
 *
 * On the development sets of ../shared/corpora/summaries (200 CNN stories with their highlights, 150 OrangeSum
 * stories with their standfirst), each split into a tuning and a held part (summary-split.json): ROUGE-1/-2/-L F1
 * of the card's key points (the real pipeline on a minimal page), of lead-3 and of TextRank (ts-textrank), a
 * paired bootstrap interval for ours − lead-3, the stories where leaving out the opening costs, and the ten
 * stories where ours loses most, printed for reading. Then the time to summarise 500, 2,000 and 10,000 words.
 * `--fit` fits the weights on the tuning parts and prints them for src/core/summary/weights.ts.
 * `--on-device` also asks a headless Chromium for its on-device Summarizer (measured only where it is available).
 * `--timing` prints only the timings.
 * Writes artifacts/bench-summary.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { keyPointCount, MIN_KEY_POINTS, summarizeBlocks, textBlocks } from '../src/core/summary';
import { loadDevSets, type DevSetName, type DevStory, type SplitPart } from './lib/summary-dev-sets';
import { mismatchedRuns, runStory, type StoryRun } from './lib/summary-dev-run';
import { chooseKeyPoints } from '../src/core/summary/extractive';
import { fitWeights } from './lib/summary-fit';
import { pairedBootstrap, type Interval } from './lib/summary-bootstrap';
import { onDeviceSummaries } from './lib/summary-on-device';
import { rouge, ROUGE_KEYS, type RougeScores } from './lib/summary-rouge';
import { mean, percentile } from './lib/stats';
import { textsOfLength } from './lib/summary-timing';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SETS_DIR = join(REPO_ROOT, '../shared/corpora/summaries');
const REPORT_PATH = join(REPO_ROOT, 'artifacts/bench-summary.json');
const TIMED_LENGTHS = [500, 2000, 10000];
const TEXTS_PER_LENGTH = 10;
const RUNS_PER_TEXT = 5;
const WORST_SHOWN = 10;

const SYSTEMS = ['ours', 'lead3', 'textRank'] as const;
type System = (typeof SYSTEMS)[number] | 'onDevice';
const LABELS: Record<System, string> = { ours: 'ours (card)', lead3: 'lead-3', textRank: 'TextRank (ts-textrank)', onDevice: 'on-device Summarizer' };

interface Scored {
  run: StoryRun;
  scores: Partial<Record<System, RougeScores>>;
}

const pct = (value: number) => (100 * value).toFixed(2);
const SET_LABELS: Record<DevSetName, string> = { cnn: 'CNN (en, highlights)', orangesum: 'OrangeSum (fr, standfirst)' };

function table(scored: readonly Scored[], systems: readonly System[]): string[] {
  const lines = ['| set | part | stories | system | R-1 | R-2 | R-L |', '|---|---|---|---|---|---|---|'];
  for (const set of ['cnn', 'orangesum'] as DevSetName[]) {
    for (const part of ['tune', 'held', 'all'] as const) {
      const rows = scored.filter((s) => s.run.story.set === set && (part === 'all' || s.run.story.part === part));
      if (rows.length === 0) continue;
      for (const system of systems) {
        const values = rows.map((row) => row.scores[system]).filter((v): v is RougeScores => v !== undefined);
        if (values.length === 0) continue;
        const cells = ROUGE_KEYS.map((key) => pct(mean(values.map((v) => v[key]))));
        lines.push(`| ${SET_LABELS[set]} | ${part} | ${values.length} | ${LABELS[system]} | ${cells.join(' | ')} |`);
      }
    }
  }
  return lines;
}

function intervals(scored: readonly Scored[]): { set: DevSetName; part: string; key: string; interval: Interval }[] {
  const out: { set: DevSetName; part: string; key: string; interval: Interval }[] = [];
  for (const set of ['cnn', 'orangesum'] as DevSetName[]) {
    for (const part of ['tune', 'held', 'all'] as const) {
      const rows = scored.filter((s) => s.run.story.set === set && (part === 'all' || s.run.story.part === part));
      for (const key of ROUGE_KEYS) {
        const differences = rows.map((row) => 100 * (row.scores.ours![key] - row.scores.lead3![key]));
        out.push({ set, part, key, interval: pairedBootstrap(differences) });
      }
    }
  }
  return out;
}

/** Stories whose key points leave out the opening sentence, and what that costs against lead-3. */
function openingLeftOut(scored: readonly Scored[]): string[] {
  return (['cnn', 'orangesum'] as DevSetName[]).map((set) => {
    const rows = scored.filter((s) => s.run.story.set === set);
    const without = rows.filter((s) => {
      const opening = s.run.prepared.units[0]?.text;
      return opening !== undefined && !s.run.ours.includes(opening);
    });
    const delta = mean(without.map((s) => 100 * (s.scores.ours!.rouge1 - s.scores.lead3!.rouge1)));
    return `${SET_LABELS[set]}: opening sentence left out in ${without.length} of ${rows.length} stories; there ours − lead-3 R-1 = ${without.length ? delta.toFixed(2) : '-'}`;
  });
}

function worstStories(scored: readonly Scored[]): string[] {
  const worst = [...scored]
    .sort((a, b) => a.scores.ours!.rouge1 - a.scores.lead3!.rouge1 - (b.scores.ours!.rouge1 - b.scores.lead3!.rouge1))
    .slice(0, WORST_SHOWN);
  const lines: string[] = [];
  for (const { run, scores } of worst) {
    const { story } = run;
    lines.push(`\n--- ${story.set} ${story.id} (${story.part}): R-1 ours ${pct(scores.ours!.rouge1)} vs lead-3 ${pct(scores.lead3!.rouge1)}`);
    lines.push(`reference: ${story.reference.replace(/\n/g, ' | ')}`);
    run.ours.forEach((point, i) => lines.push(`  ours ${i + 1}: ${point}`));
    run.lead3.forEach((point, i) => lines.push(`  lead ${i + 1}: ${point}`));
  }
  return lines;
}

function timeSummaries(pool: readonly string[]) {
  const summarize = (text: string) =>
    summarizeBlocks(textBlocks(text), { lang: 'en', minimum: MIN_KEY_POINTS, maximum: keyPointCount(text.split(/\s+/).length) });
  // Warm up the JIT and the segmenter caches before measuring.
  for (const text of textsOfLength(pool, 2000, 3)) summarize(text);
  return TIMED_LENGTHS.map((words) => {
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (const text of textsOfLength(pool, words, TEXTS_PER_LENGTH)) {
      for (let run = 0; run < RUNS_PER_TEXT; run++) {
        const cpu = process.cpuUsage();
        const start = performance.now();
        summarize(text);
        samples.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        cpuSamples.push((used.user + used.system) / 1000);
      }
    }
    return {
      words,
      samples: samples.length,
      medianMs: percentile(samples, 50),
      p95Ms: percentile(samples, 95),
      // CPU time of this process: on a machine shared with other work, wall time also counts the waiting.
      medianCpuMs: percentile(cpuSamples, 50),
    };
  });
}

function printTimings(timings: ReturnType<typeof timeSummaries>): void {
  console.log(`\ntime to summarise (plain text blocks, English, ${TEXTS_PER_LENGTH} texts x ${RUNS_PER_TEXT} runs per length):`);
  console.log(`load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  console.log('| words | median ms | p95 ms | median CPU ms | samples |\n|---|---|---|---|---|');
  for (const t of timings) {
    console.log(`| ${t.words} | ${t.medianMs.toFixed(2)} | ${t.p95Ms.toFixed(2)} | ${t.medianCpuMs.toFixed(2)} | ${t.samples} |`);
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const stories = loadDevSets(SETS_DIR);
  if (args.has('--timing')) {
    printTimings(timeSummaries(stories.filter((story) => story.lang === 'en').map((story) => story.text)));
    return;
  }
  const runs = stories.map(runStory);
  const mismatched = mismatchedRuns(runs);
  if (mismatched.length > 0) {
    throw new Error(`the rebuilt preparation differs from the pipeline on ${mismatched.length} stories, e.g. ${mismatched[0]!.story.id}`);
  }

  if (args.has('--fit')) {
    const tune = runs.filter((run) => run.story.part === 'tune');
    const fit = fitWeights(tune, ['en', 'fr']);
    console.log(fit.log.join('\n'));
    // How the fitted weights do, beside the committed ones: the held parts say whether the fit generalises.
    const fittedScored: Scored[] = runs.map((run) => ({
      run,
      scores: {
        ours: rouge(chooseKeyPoints(run.prepared, run.range), run.story.reference),
        onDevice: rouge(chooseKeyPoints(run.prepared, run.range, fit.weights), run.story.reference),
        lead3: rouge(run.lead3, run.story.reference),
      },
    }));
    console.log('(in this table "on-device" stands for the newly fitted weights, "ours" for the committed ones)');
    console.log(table(fittedScored, ['ours', 'onDevice', 'lead3']).join('\n'));
    console.log('\nfitted weights (tuning parts only):');
    console.log(JSON.stringify(fit.weights, null, 2));
    mkdirSync(dirname(REPORT_PATH), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'artifacts/summary-weights.json'), JSON.stringify(fit, null, 2));
    return;
  }

  const scored: Scored[] = runs.map((run) => ({
    run,
    scores: Object.fromEntries(SYSTEMS.map((system) => [system, rouge(run[system], run.story.reference)])),
  }));
  const systems: System[] = [...SYSTEMS];
  let onDeviceLine = 'on-device Summarizer: not measured (run with --on-device to ask a headless Chromium for it)';
  if (args.has('--on-device')) {
    const outcome = await onDeviceSummaries(stories);
    if (outcome.status === 'measured') {
      for (const s of scored) s.scores.onDevice = rouge(outcome.points.get(s.run.story) ?? [], s.run.story.reference);
      systems.push('onDevice');
      onDeviceLine = 'on-device Summarizer: measured';
    } else {
      onDeviceLine = `on-device Summarizer: skipped, not available (${outcome.reason})`;
    }
  }

  const counts = new Map<number, number>();
  for (const run of runs) counts.set(run.ours.length, (counts.get(run.ours.length) ?? 0) + 1);
  const cis = intervals(scored);
  const pool = stories.filter((story: DevStory) => story.lang === 'en').map((story) => story.text);
  const timings = timeSummaries(pool);

  console.log(`\nROUGE F1 x100 (lowercase, tokens [\\p{L}\\p{N}]+, no stemming, ROUGE-L over the whole summary)`);
  console.log(`key points on the card: ${[...counts].sort().map(([points, n]) => `${points} points for ${n} stories`).join(', ')}; baselines: 3 sentences`);
  console.log(table(scored, systems).join('\n'));
  console.log(onDeviceLine);
  console.log('\nours − lead-3, mean and 95 % paired bootstrap interval (10,000 resamples, by story):');
  console.log('| set | part | R-1 | R-2 | R-L |\n|---|---|---|---|---|');
  for (const set of ['cnn', 'orangesum'] as DevSetName[]) {
    for (const part of ['tune', 'held', 'all'] as (SplitPart | 'all')[]) {
      const cells = ROUGE_KEYS.map((key) => {
        const { interval } = cis.find((c) => c.set === set && c.part === part && c.key === key)!;
        return `${interval.mean >= 0 ? '+' : ''}${interval.mean.toFixed(2)} [${interval.low.toFixed(2)}, ${interval.high.toFixed(2)}]`;
      });
      console.log(`| ${SET_LABELS[set]} | ${part} | ${cells.join(' | ')} |`);
    }
  }
  console.log('');
  console.log(openingLeftOut(scored).join('\n'));
  console.log(`\nthe ${WORST_SHOWN} stories where ours loses most to lead-3 (R-1):`);
  console.log(worstStories(scored).join('\n'));
  printTimings(timings);

  mkdirSync(dirname(REPORT_PATH), { recursive: true });
  writeFileSync(
    REPORT_PATH,
    JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        node: process.version,
        onDevice: onDeviceLine,
        intervals: cis,
        timings,
        stories: scored.map(({ run, scores }) => ({ set: run.story.set, id: run.story.id, part: run.story.part, scores, ours: run.ours })),
      },
      null,
      2,
    ),
  );
  console.log(`\nreport: ${REPORT_PATH}`);
}

await main();
