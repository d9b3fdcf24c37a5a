import type { ReactionRecord } from '../../src/reactions/record';
import type { StorageArea } from '../../src/storage/storage-area';

export const URL_A = 'https://news.example/a';
export const URL_B = 'https://news.example/b';

/** A valid v2 record, with overrides. */
export function recordFor(key: string, overrides: Partial<ReactionRecord> = {}): ReactionRecord {
  return {
    schemaVersion: 2,
    key,
    url: key + '?utm_source=x',
    title: `Title of ${key}`,
    site: 'News Example',
    leadImage: null,
    reaction: 'like',
    savedAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}

/** A record as the first release (v1) wrote it. */
export function v1RecordFor(key: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    key,
    url: key,
    title: `Old title of ${key}`,
    site: 'Old Site',
    reaction: 'sad',
    savedAt: 500,
    updatedAt: 700,
    ...overrides,
  };
}

/** A clock that moves one millisecond per reading. */
export function tickingClock(start = 10_000): () => number {
  let now = start;
  return () => now++;
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Wraps an area so every call yields to the event loop a random number of times before and after it runs:
 * concurrent callers interleave as pages talking to the browser's storage do.
 */
export function jitteryArea(area: StorageArea, random: () => number): StorageArea {
  const jitter = async () => {
    for (let i = Math.floor(random() * 12); i > 0; i--) await Promise.resolve();
  };
  const wrap =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await jitter();
      const result = await fn(...args);
      await jitter();
      return result;
    };
  return {
    get: wrap((keys?: string | string[] | null) => area.get(keys)),
    set: wrap((items: Record<string, unknown>) => area.set(items)),
    remove: wrap((keys: string | string[]) => area.remove(keys)),
    subscribe: (listener) => area.subscribe(listener),
  };
}
