/**
 * Trains the learned block scorer (src/core/declutter/block-model.ts) and writes its weights to
 * src/core/declutter/block-model-weights.ts:
 *   npx tsx bench/train-block-scorer.ts [--check]
 * Deterministic: same pages, same order, full-batch gradient descent from zero weights, no random draw.
 *
 * Training data, development sides only (held-out pages and the held-back widget families are never opened):
 * - Defuddle's fixture suite, development pages (bench/defuddle-split.json): each block Readability keeps is
 *   content when most of its word pairs are in Defuddle's expected text, clutter when almost none are;
 * - Readability's test pages, development pages (bench/splits/corpus-splits.json): every block of Readability's
 *   expected output is content (negatives only: what Readability is right to keep);
 * - the development widget families placed into development hosts (one host per variant, every position): a
 *   block holding a widget's must-drop string and none of the host's text is clutter, a block of the host's own
 *   text is content.
 * The samples are every small block that is not prose in Readability's result (with no rule applied, so widgets the
 * rules know teach the model too); in the pipeline the model then judges the blocks the rules leave.
 * The threshold is the lowest at which at most 0.3 % of the development content blocks score as clutter.
 * --check trains and prints the figures without writing the weights.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../src/cli/parse-html';
import { cloneForExtraction } from '../src/core/clone-document';
import { prepareContent } from '../src/core/content';
import { prepareSpecialMarkup } from '../src/core/content/special-markup';
import { declutter, RemovalReport } from '../src/core/declutter';
import { blockFeatures, FEATURE_NAMES, isScorable } from '../src/core/declutter/block-features';
import { isScoredTag } from '../src/core/declutter/block-model';
import { documentBaseUrl } from '../src/core/extract';
import { restoreLazyImages } from '../src/core/lazy-images';
import { revealHiddenContent } from '../src/core/reveal-hidden-content';
import { loadReferencePages } from './lib/corpus';
import { loadDefuddlePages } from './lib/defuddle-corpus';
import { loadSplit as loadDefuddleSplit } from './lib/defuddle-split';
import { splitOf } from './lib/page-split';
import { htmlText } from './lib/systems';
import { loadHosts, loadVariants } from './lib/widget-corpus';
import { containsPhrase, normalizeText } from './lib/widget-match';
import { generatePages, hostText } from './lib/widget-pages';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = resolve(REPO, '../shared/corpora');
const WEIGHTS_FILE = resolve(REPO, 'src/core/declutter/block-model-weights.ts');
const MAX_CONTENT_FALSE_POSITIVES = 0.003;
const ITERATIONS = 3000;
const LEARNING_RATE = 0.5;
const L2 = 1e-3;

interface Sample {
  x: number[];
  y: 0 | 1;
  source: 'defuddle' | 'readability' | 'widgets';
  text: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const tokens = (text: string): string[] => text.toLowerCase().match(TOKEN) ?? [];
function pairs(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** Readability's result as the pipeline hands it to the engine, and the blocks the scorer would be asked about. */
function scorableBlocks(html: string, url: string): { text: string; x: number[] }[] {
  const { document, close } = parseHtml(html, url);
  try {
    const base = documentBaseUrl(document, url);
    const clone = cloneForExtraction(document, base);
    if (clone.body) {
      restoreLazyImages(clone.body);
      prepareContent(clone.body, base, prepareSpecialMarkup);
      revealHiddenContent(clone);
    }
    const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, keepClasses: true }).parse();
    if (!parsed?.content) return [];
    const out: { text: string; x: number[] }[] = [];
    // No rules: every small block is a sample, the widgets the rules know included, so the model learns what
    // clutter is rather than what the rules miss.
    declutter(parsed.content, new RemovalReport(), [], (el, view, rootChars) => {
      if (isScoredTag(el) && isScorable(el, view)) out.push({ text: view.signature(el), x: blockFeatures(el, view, rootChars) });
      return null;
    });
    return out;
  } catch (error) {
    console.error(`${url}: ${String(error).slice(0, 160)}`);
    return [];
  } finally {
    close();
  }
}

/** Content or clutter by how much of the block's text the expected output holds; null when unclear. */
function labelByExpected(text: string, expectedPairs: Set<string>, expectedWords: Set<string>): 0 | 1 | null {
  const words = tokens(text);
  if (words.length === 0) return null;
  if (words.length < 3) {
    const found = words.filter((w) => expectedWords.has(w)).length;
    return found === 0 ? 1 : null;
  }
  const own = pairs(words);
  let found = 0;
  for (const pair of own) if (expectedPairs.has(pair)) found++;
  const share = found / own.size;
  return share >= 0.8 ? 0 : share <= 0.15 ? 1 : null;
}

function collect(): Sample[] {
  const samples: Sample[] = [];
  const defuddleSide = loadDefuddleSplit();
  for (const page of loadDefuddlePages(resolve(CORPORA, 'defuddle-fixtures'))) {
    if (defuddleSide(page.name) !== 'development') continue;
    const words = tokens(page.expectedText);
    const expectedPairs = pairs(words);
    const expectedWords = new Set(words);
    for (const block of scorableBlocks(page.html, page.url)) {
      const y = labelByExpected(block.text, expectedPairs, expectedWords);
      if (y !== null) samples.push({ x: block.x, y, source: 'defuddle', text: block.text });
    }
  }
  console.error(`defuddle development: ${samples.length} samples`);
  for (const page of loadReferencePages(resolve(CORPORA, 'readability-test-pages'))) {
    if (splitOf('readability', page.name) !== 'development') continue;
    const expected = tokens(htmlText(page.expectedHtml));
    const expectedPairs = pairs(expected);
    const expectedWords = new Set(expected);
    for (const block of scorableBlocks(page.html, 'http://fakehost/test/page.html')) {
      // Only content: Readability's expected output is what it keeps, clutter and all.
      if (labelByExpected(block.text, expectedPairs, expectedWords) === 0) samples.push({ x: block.x, y: 0, source: 'readability', text: block.text });
    }
  }
  console.error(`+ readability development: ${samples.length} samples`);
  const hosts = loadHosts('development');
  const hostWords = new Map(hosts.map((host) => [host.name, pairs(tokens(hostText(host)))]));
  for (const page of generatePages(loadVariants('development'), hosts, { hostsPerVariant: 1 })) {
    const own = hostWords.get(page.host)!;
    for (const block of scorableBlocks(page.html, page.url)) {
      const text = normalizeText(block.text);
      const drops = page.mustDrop.some((drop) => containsPhrase(text, drop));
      const keeps = page.mustKeep.some((keep) => text.includes(normalizeText(keep).slice(0, 40)));
      const words = pairs(tokens(block.text));
      const fromHost = words.size >= 2 && [...words].filter((w) => own.has(w)).length / words.size >= 0.9;
      if (drops && !keeps) samples.push({ x: block.x, y: 1, source: 'widgets', text: block.text });
      else if (!drops && fromHost) samples.push({ x: block.x, y: 0, source: 'widgets', text: block.text });
    }
  }
  console.error(`+ widgets development: ${samples.length} samples`);
  return samples;
}

/** L2-regularised logistic regression, full batch, classes weighted to equal total weight. */
function train(samples: readonly Sample[]): { bias: number; weights: number[] } {
  const d = FEATURE_NAMES.length;
  const positives = samples.filter((s) => s.y === 1).length;
  const negatives = samples.length - positives;
  const weightOf = (y: number): number => (y === 1 ? samples.length / (2 * positives) : samples.length / (2 * negatives));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (const s of samples) {
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * s.x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - s.y) * weightOf(s.y);
      for (let j = 0; j < d; j++) gw[j]! += g * s.x[j]!;
      gb += g;
    }
    for (let j = 0; j < d; j++) w[j] = w[j]! - LEARNING_RATE * (gw[j]! / samples.length + L2 * w[j]!);
    b -= (LEARNING_RATE * gb) / samples.length;
  }
  return { bias: b, weights: w };
}

function probability(model: { bias: number; weights: number[] }, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += model.weights[j]! * x[j]!;
  return 1 / (1 + Math.exp(-z));
}

function main(): void {
  const check = process.argv.includes('--check');
  const samples = collect();
  const model = train(samples);
  const scored = samples.map((s) => ({ ...s, p: probability(model, s.x) }));
  const contentScores = scored.filter((s) => s.y === 0).map((s) => s.p).sort((a, b) => b - a);
  const threshold = Math.max(0.5, contentScores[Math.floor(contentScores.length * MAX_CONTENT_FALSE_POSITIVES)] ?? 0.5);
  const rate = (source: Sample['source'], y: 0 | 1): string => {
    const subset = scored.filter((s) => s.source === source && s.y === y);
    return `${subset.filter((s) => s.p >= threshold).length}/${subset.length}`;
  };
  const figures = {
    samples: samples.length,
    clutter: samples.filter((s) => s.y === 1).length,
    threshold: Number(threshold.toFixed(4)),
    scoredClutter: { defuddle: rate('defuddle', 1), widgets: rate('widgets', 1) },
    contentScoredClutter: { defuddle: rate('defuddle', 0), readability: rate('readability', 0), widgets: rate('widgets', 0) },
  };
  console.log(JSON.stringify(figures, null, 1));
  console.log(FEATURE_NAMES.map((name, j) => `${name} ${model.weights[j]!.toFixed(3)}`).join(', '), `bias ${model.bias.toFixed(3)}`);
  mkdirSync(resolve(REPO, 'artifacts'), { recursive: true });
  writeFileSync(
    resolve(REPO, 'artifacts/block-scorer-training.json'),
    JSON.stringify({ figures, model, falsePositives: scored.filter((s) => s.y === 0 && s.p >= threshold).map((s) => s.text.slice(0, 120)), missed: scored.filter((s) => s.y === 1 && s.p < threshold).map((s) => `${s.source}: ${s.text.slice(0, 120)}`) }, null, 1),
  );
  if (check) return;
  const round = (x: number): number => Number(x.toFixed(4));
  writeFileSync(
    WEIGHTS_FILE,
    [
      '/**',
      ' * Weights of the learned block scorer, written by bench/train-block-scorer.ts (do not edit by hand): trained on the',
      ' * development pages of Defuddle\'s and Readability\'s corpora and the development widget families only.',
      ` * ${figures.samples} blocks (${figures.clutter} clutter); threshold: at most ${MAX_CONTENT_FALSE_POSITIVES * 100} % of development content blocks above it.`,
      ' * Feature order: FEATURE_NAMES in block-features.ts.',
      ' */',
      `export const BLOCK_MODEL = {`,
      `  bias: ${round(model.bias)},`,
      `  weights: [${model.weights.map(round).join(', ')}],`,
      `  threshold: ${round(threshold)},`,
      `};`,
      '',
    ].join('\n'),
  );
  console.log(`weights: ${WEIGHTS_FILE}`);
}

main();
