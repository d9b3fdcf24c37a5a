/**
 * Serialises the writers of reaction records. Each record has its own key, so two writers never rewrite
 * each other's records; but a write reads the record first (to keep its first-saved time and lead image),
 * and bulk operations (import, remove all, undo) read a snapshot and then write. The lock makes those
 * read-then-write steps atomic across every extension page and the worker.
 *
 * In the browser it is a Web Lock (`navigator.locks`), which is shared by all pages of the extension's
 * origin and released if a page dies while holding it. Where there is none (unit tests, Node), it falls
 * back to one in-process FIFO queue shared by every store in this realm.
 */
export interface WriteLock {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export const REACTIONS_LOCK_NAME = 'clean-reader:reactions';

/** A FIFO mutex for one realm. */
export function localWriteLock(): WriteLock {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const realmLock = localWriteLock();

/** The lock every reaction writer shares: a Web Lock when the platform has them, else the realm's queue. */
export function sharedWriteLock(name = REACTIONS_LOCK_NAME): WriteLock {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (!locks) return realmLock;
  return { run: (task) => locks.request(name, task) };
}
