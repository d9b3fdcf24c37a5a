import { describe, expect, it } from 'vitest';
import { ReactionLibrary } from '../../../src/reactions/library';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { localWriteLock, type WriteLock } from '../../../src/reactions/lock';
import { REACTIONS, type Reaction } from '../../../src/reactions/record';
import { ReactionStore } from '../../../src/reactions/store';
import type { StorageArea } from '../../../src/storage/storage-area';
import { jitteryArea, recordFor, seededRandom } from '../../harness/storage';

type Op =
  | { kind: 'set'; writer: number; url: string; reaction: Reaction | null }
  | { kind: 'import'; writer: number; url: string; reaction: Reaction; updatedAt: number }
  | { kind: 'remove-all'; writer: number };

const KEYS = Array.from({ length: 25 }, (_, i) => `https://news.example/story-${i}`);

/** 1,000 operations from 4 writers (popup, reader, history page, another window) on 25 articles. */
function operations(seed: number, count = 1_000): Op[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (): Op => {
    const writer = Math.floor(random() * 4);
    const roll = random();
    if (roll < 0.01) return { kind: 'remove-all', writer };
    if (roll < 0.06) return { kind: 'import', writer, url: pick(KEYS), reaction: pick(REACTIONS), updatedAt: Math.floor(random() * 20_000) };
    return { kind: 'set', writer, url: pick(KEYS), reaction: random() < 0.15 ? null : pick(REACTIONS) };
  });
}

/** Runs the operations on `area`: all at once (as separate pages would), or one after another. */
async function run(area: StorageArea, ops: Op[], concurrent: boolean, lock: () => WriteLock) {
  let time = 10_000;
  const clock = () => time++;
  const writers = Array.from({ length: 4 }, () => {
    const shared = lock();
    return { store: new ReactionStore(area, clock, shared), library: new ReactionLibrary(area, shared) };
  });
  const apply = (op: Op) => {
    const { store, library } = writers[op.writer]!;
    switch (op.kind) {
      case 'set':
        return store.set({ canonicalUrl: op.url, url: op.url, title: `Story ${op.url}`, site: 'News' }, op.reaction);
      case 'import':
        return library.importEntries([{ entry: 1, record: recordFor(op.url, { reaction: op.reaction, savedAt: 0, updatedAt: op.updatedAt }) }]);
      case 'remove-all':
        return library.removeAll();
    }
  };
  if (concurrent) await Promise.all(ops.map(apply));
  else for (const op of ops) await apply(op);
}

describe('several writers at the same moment', () => {
  it('lose no update over 1,000 interleaved writes to different and same keys', async () => {
    for (const seed of [1, 2, 3]) {
      const ops = operations(seed);
      const sequential = new MemoryStorageArea();
      await run(sequential, ops, false, () => sharedLock);
      const concurrent = new MemoryStorageArea();
      let writes = 0;
      concurrent.subscribe(() => writes++);
      await run(jitteryArea(concurrent, seededRandom(seed * 7)), ops, true, () => sharedLock);
      // Same result as if every write had happened alone, in the order the writers made them.
      expect(await concurrent.get(null), `seed ${seed}`).toEqual(await sequential.get(null));
      expect(writes).toBeGreaterThan(500);
    }
  });

  it('each writer’s last word on an article is the one kept, and its first-saved time survives changes', async () => {
    const area = new MemoryStorageArea();
    const ops = operations(42).filter((op): op is Extract<Op, { kind: 'set' }> => op.kind === 'set');
    await run(jitteryArea(area, seededRandom(9)), ops, true, () => sharedLock);
    const stored = await area.get(null);
    for (const url of KEYS) {
      const mine = ops.filter((op) => op.url === url);
      const last = mine.at(-1);
      const record = stored[`reaction:${url}`] as { reaction: Reaction; savedAt: number; updatedAt: number } | undefined;
      expect(record?.reaction ?? null, url).toBe(last?.reaction ?? null);
      if (record) expect(record.savedAt).toBeLessThan(record.updatedAt + 1);
    }
  });

  it('the lock is what makes this hold: without it, concurrent read-then-write steps do lose updates', async () => {
    const noLock: WriteLock = { run: (task) => task() };
    const ops = operations(1);
    const sequential = new MemoryStorageArea();
    await run(sequential, ops, false, () => noLock);
    const concurrent = new MemoryStorageArea();
    await run(jitteryArea(concurrent, seededRandom(7)), ops, true, () => noLock);
    expect(await concurrent.get(null)).not.toEqual(await sequential.get(null));
  });
});

// One lock for every writer in this realm, as `sharedWriteLock()` gives pages (a Web Lock in the browser).
const sharedLock = localWriteLock();
