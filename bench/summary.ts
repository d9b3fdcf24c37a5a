/**
 * Summariser benchmark: `npm run bench:summary`.
 * ROUGE-1 and ROUGE-L F of the extractive summariser against two baselines computed in the same run (the first
 * N sentences; N random sentences, fixed seed), on articles with human-written summaries; then the time to
 * summarise articles of 500, 2,000 and 10,000 words. Writes artifacts/bench-summary.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { splitSentences, summarizeText, type SummaryLength } from '../src/core/summary';
import { loadBenchmarkSet, type ReferenceArticle } from './lib/summary-corpus';
import { firstSentences, randomSentences, seededRandom } from './lib/summary-baselines';
import { rouge, type RougeScores } from './lib/summary-rouge';
import { mean, percentile } from './lib/stats';
import { textsOfLength } from './lib/summary-timing';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures');
const CORPUS_DIR = join(REPO_ROOT, '../shared/corpora/readability-test-pages');
const REPORT_PATH = join(REPO_ROOT, 'artifacts/bench-summary.json');
const RANDOM_SEED = 20250130;
const TIMED_LENGTHS = [500, 2000, 10000];
const TEXTS_PER_LENGTH = 10;
const RUNS_PER_TEXT = 5;

type System = 'extractive' | 'first-n' | 'random-n';
const SYSTEMS: System[] = ['extractive', 'first-n', 'random-n'];

/** The summary length whose sentence count is closest to the reference's (1, 3, 5 or 7). */
function lengthMatching(reference: string, lang: string | null): SummaryLength {
  const sentences = splitSentences(reference, lang).length;
  if (sentences <= 1) return 'tldr';
  if (sentences <= 3) return 'short';
  if (sentences <= 5) return 'medium';
  return 'long';
}

const COUNT: Record<SummaryLength, number> = { tldr: 1, short: 3, medium: 5, long: 7 };

interface ArticleResult {
  id: string;
  lang: string | null;
  words: number;
  length: SummaryLength;
  scores: Record<System, RougeScores>;
}

function scoreArticles(articles: readonly ReferenceArticle[]): ArticleResult[] {
  const random = seededRandom(RANDOM_SEED);
  return articles.map(({ id, lang, text, reference }) => {
    const length = lengthMatching(reference, lang);
    const count = COUNT[length];
    const outputs: Record<System, string[]> = {
      extractive: summarizeText(text, { lang, length }),
      'first-n': firstSentences(text, lang, count),
      'random-n': randomSentences(text, lang, count, random),
    };
    const scores = Object.fromEntries(SYSTEMS.map((system) => [system, rouge(outputs[system], reference, lang)]));
    return { id, lang, words: text.split(/\s+/).length, length, scores: scores as Record<System, RougeScores> };
  });
}


function timeSummaries(pool: readonly string[]) {
  // Warm up the JIT and the segmenter caches before measuring.
  for (const text of textsOfLength(pool, 2000, 3)) summarizeText(text, { lang: 'en', length: 'short' });
  return TIMED_LENGTHS.map((words) => {
    const samples: number[] = [];
    for (const text of textsOfLength(pool, words, TEXTS_PER_LENGTH)) {
      for (let run = 0; run < RUNS_PER_TEXT; run++) {
        const start = performance.now();
        summarizeText(text, { lang: 'en', length: 'short' });
        samples.push(performance.now() - start);
      }
    }
    return { words, samples: samples.length, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95) };
  });
}

function main(): void {
  const articles = loadBenchmarkSet(FIXTURES_DIR, CORPUS_DIR);
  const results = scoreArticles(articles);
  const summary = Object.fromEntries(
    SYSTEMS.map((system) => [
      system,
      {
        rouge1F: mean(results.map((result) => result.scores[system].rouge1)),
        rougeLF: mean(results.map((result) => result.scores[system].rougeL)),
      },
    ]),
  ) as Record<System, { rouge1F: number; rougeLF: number }>;

  const englishPool = articles.filter((article) => (article.lang ?? 'en').startsWith('en')).map((article) => article.text);
  const timings = timeSummaries(englishPool);

  console.log(`\nROUGE F1 against human-written summaries: ${results.length} articles, summary length matched to the reference`);
  console.log('per article:');
  console.log(`  ${'article'.padEnd(27)}${'lang'.padEnd(7)}${'words'.padStart(6)}  ${'length'.padEnd(7)}  R-1 ours / first-N / random-N`);
  for (const r of results) {
    const r1 = SYSTEMS.map((system) => r.scores[system].rouge1.toFixed(3)).join(' / ');
    console.log(`  ${r.id.padEnd(27)}${(r.lang ?? '-').padEnd(7)}${String(r.words).padStart(6)}  ${r.length.padEnd(7)}  ${r1}`);
  }
  const labels: Record<System, string> = {
    extractive: 'extractive (ours)',
    'first-n': 'first-N sentences',
    'random-n': `random-N (seed ${RANDOM_SEED})`,
  };
  console.log(`\n| system                     | ROUGE-1 F | ROUGE-L F |`);
  console.log(`|----------------------------|-----------|-----------|`);
  for (const system of SYSTEMS) {
    console.log(`| ${labels[system].padEnd(26)} | ${summary[system].rouge1F.toFixed(4).padStart(9)} | ${summary[system].rougeLF.toFixed(4).padStart(9)} |`);
  }
  console.log(`\n| words  | median ms | p95 ms  | samples |`);
  console.log(`|--------|-----------|---------|---------|`);
  for (const t of timings) {
    console.log(`| ${String(t.words).padStart(6)} | ${t.medianMs.toFixed(2).padStart(9)} | ${t.p95Ms.toFixed(2).padStart(7)} | ${String(t.samples).padStart(7)} |`);
  }

  mkdirSync(dirname(REPORT_PATH), { recursive: true });
  writeFileSync(
    REPORT_PATH,
    JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, randomSeed: RANDOM_SEED, summary, timings, articles: results }, null, 2),
  );
  console.log(`\nreport: ${REPORT_PATH}`);
}

main();
