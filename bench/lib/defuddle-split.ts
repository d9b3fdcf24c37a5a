import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A fixed page-level split of Defuddle's fixture suite into development pages (rules may be tuned on them) and
 * held-out pages (only ever scored). Made once by `makeSplit` with SEED and committed as
 * bench/defuddle-split.json, before any rule was tuned on the suite; the benchmark reads the committed file so
 * the split never moves with the code.
 *
 * Within each category, pages are ordered by a seeded FNV-1a hash of their name and the first third (rounded)
 * is held out, so every category with three or more pages has pages on both sides.
 */
export const SEED = 'clean-reader/defuddle-split/1';

export type Split = 'development' | 'held-out';

export interface SplitFile {
  seed: string;
  development: string[];
  heldOut: string[];
}

const SPLIT_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../defuddle-split.json');

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function makeSplit(pages: readonly { name: string; category: string }[], seed = SEED): SplitFile {
  const byCategory = new Map<string, string[]>();
  for (const page of pages) byCategory.set(page.category, [...(byCategory.get(page.category) ?? []), page.name]);
  const heldOut: string[] = [];
  const development: string[] = [];
  for (const names of byCategory.values()) {
    const ordered = [...names].sort((a, b) => fnv1a(seed + a) - fnv1a(seed + b) || a.localeCompare(b));
    const cut = Math.round(ordered.length / 3);
    heldOut.push(...ordered.slice(0, cut));
    development.push(...ordered.slice(cut));
  }
  return { seed, development: development.sort(), heldOut: heldOut.sort() };
}

/** The committed split: which side each page is on (pages not in the file are development). */
export function loadSplit(): (name: string) => Split {
  const file = JSON.parse(readFileSync(SPLIT_FILE, 'utf8')) as SplitFile;
  const heldOut = new Set(file.heldOut);
  return (name) => (heldOut.has(name) ? 'held-out' : 'development');
}
