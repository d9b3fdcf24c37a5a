import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Page-level development / held-out splits of the real corpora (Defuddle's fixtures, Readability's test pages).
 * Anything tuned or trained on these corpora (rules, weights, thresholds) is tuned on development pages only; the
 * held-out pages are reported separately. The split is fixed in bench/splits/corpus-splits.json before any tuning,
 * one split of each corpus for all work: Readability's pages are held out when the FNV-1a hash of `SEED + name` is
 * 0 modulo 3 (about one page in three); Defuddle's fixtures take the per-category draw of ./defuddle-split.ts, so
 * every category has held-out pages.
 */

export const SPLIT_SEED = 'clean-reader-declutter-2025';
const SPLITS_FILE = fileURLToPath(new URL('../splits/corpus-splits.json', import.meta.url));

export type PageSplit = 'development' | 'held-out';
export type SplitCorpus = 'defuddle' | 'readability';

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function drawSplit(name: string): PageSplit {
  return fnv1a(SPLIT_SEED + name) % 3 === 0 ? 'held-out' : 'development';
}

interface SplitsFile {
  method: string;
  seed: string;
  corpora: Record<SplitCorpus, { development: string[]; 'held-out': string[] }>;
}

let cached: SplitsFile | null = null;

/** The committed split of a page; pages added to a corpus after the split was fixed count as held out. */
export function splitOf(corpus: SplitCorpus, name: string): PageSplit {
  cached ??= JSON.parse(readFileSync(SPLITS_FILE, 'utf8')) as SplitsFile;
  return cached.corpora[corpus].development.includes(name) ? 'development' : 'held-out';
}

async function write(): Promise<void> {
  const { writeFileSync } = await import('node:fs');
  const { loadDefuddlePages } = await import('./defuddle-corpus');
  const { loadReferencePages } = await import('./corpus');
  const root = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
  const names: Record<SplitCorpus, string[]> = {
    defuddle: loadDefuddlePages(root + 'defuddle-fixtures').map((page) => page.name),
    readability: loadReferencePages(root + 'readability-test-pages').map((page) => page.name),
  };
  const { makeSplit } = await import('./defuddle-split');
  const stratified = makeSplit(loadDefuddlePages(root + 'defuddle-fixtures'));
  const corpora: SplitsFile['corpora'] = {
    defuddle: { development: stratified.development, 'held-out': stratified.heldOut },
    readability: {
      development: names.readability.filter((n) => drawSplit(n) === 'development'),
      'held-out': names.readability.filter((n) => drawSplit(n) === 'held-out'),
    },
  };
  const file: SplitsFile = {
    method:
      'page-level, fixed before any tuning; tune and train on development only. readability: held out when FNV-1a-32(seed + page name) % 3 == 0. ' +
      "defuddle: the per-category draw of bench/lib/defuddle-split.ts (the same lists as bench/defuddle-split.json). One split of each corpus for all work.",
    seed: SPLIT_SEED,
    corpora,
  };
  writeFileSync(SPLITS_FILE, JSON.stringify(file, null, 1) + '\n');
  for (const [corpus, split] of Object.entries(corpora)) console.log(`${corpus}: ${split.development.length} development, ${split['held-out'].length} held out`);
}

if (process.argv.includes('--write')) await write();
