/**
 * Kept articles in IndexedDB (through `idb`): storage.local holds 10 MB, and one article can be 100 KB, so kept
 * articles live in the extension's own database, where the browser's quota is a share of the disk.
 *
 * Three object stores, one record per article in each, keyed by canonical URL:
 * - `entries`: title, site, date and size, what the history lists (small, read in one `getAll`);
 * - `articles`: the cleaned article, read when the reader opens it;
 * - `texts`: the folded text, read only when the history searches.
 * A keep or a removal writes all three in one transaction: on a full disk the browser aborts it and nothing
 * else changes (the reaction lives in storage.local and is never touched here).
 *
 * Every page that changes the database says so on a BroadcastChannel, so the history follows the popup and
 * the reader live.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Article } from '../core';
import { StorageFullError, storageError } from '../storage/errors';
import { entryFor, parseKeptBody, parseKeptEntry, searchTextOf, storedBody, storedEntry, type KeptEntry } from './kept-entry';

export const KEPT_DB_NAME = 'clean-reader-kept';
const DB_VERSION = 1;
const STORES = ['entries', 'articles', 'texts'] as const;
type Stores = ('entries' | 'articles' | 'texts')[];
export const KEPT_CHANNEL = 'clean-reader-kept';

interface KeptSchema extends DBSchema {
  entries: { key: string; value: Record<string, unknown> };
  articles: { key: string; value: Record<string, unknown> };
  texts: { key: string; value: { key: string; text: string } };
}

export type KeptLookup =
  | { status: 'found'; entry: KeptEntry; article: Article }
  | { status: 'missing' }
  | { status: 'unreadable' };

export interface KeptSnapshot {
  entries: KeptEntry[];
  /** Keys whose stored entry could not be read: skipped, reported, never deleted. */
  unreadable: string[];
}

/** What a removal took away, exactly as stored, so Undo can put it back. */
export interface RemovedKept {
  rows: { key: string; entry: unknown; article: unknown; text: unknown }[];
}

/** The notice pages send each other after a change; `keys` are the articles that changed. */
export interface KeptChangeNotice {
  keys: string[];
}

export interface ChangeChannel {
  post(notice: KeptChangeNotice): void;
  subscribe(listener: (notice: KeptChangeNotice) => void): () => void;
}

/** The BroadcastChannel every extension page shares; a silent one where there is none (Node tests). */
export function broadcastChannel(name = KEPT_CHANNEL): ChangeChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, subscribe: () => () => undefined };
  const sender = new BroadcastChannel(name);
  return {
    post: (notice) => sender.postMessage(notice),
    subscribe(listener) {
      const receiver = new BroadcastChannel(name);
      receiver.onmessage = (event: MessageEvent) => {
        const keys = (event.data as { keys?: unknown } | null)?.keys;
        if (Array.isArray(keys) && keys.every((key) => typeof key === 'string')) listener({ keys });
      };
      return () => receiver.close();
    },
  };
}

/** Raised when an article cannot be kept as it is (an address longer than any record may hold, say). */
export class NotKeepableError extends Error {
  constructor() {
    super('This article cannot be kept.');
    this.name = 'NotKeepableError';
  }
}

/**
 * Starts these requests in one transaction and waits for all. A request the browser refuses at once (a full
 * disk) aborts the transaction, which fails the others too: their failures are expected, not unhandled.
 */
async function all(requests: (() => Promise<unknown>)[]): Promise<void> {
  const started: Promise<unknown>[] = [];
  try {
    for (const request of requests) started.push(request());
  } catch (error) {
    started.forEach((promise) => promise.catch(() => undefined));
    throw error;
  }
  await Promise.all(started).catch((error: unknown) => {
    started.forEach((promise) => promise.catch(() => undefined));
    throw error;
  });
}

function isQuotaName(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

function asStorageError(error: unknown): unknown {
  return isQuotaName(error) ? new StorageFullError(error) : storageError(error);
}

export class KeptArticleStore {
  private database: Promise<IDBPDatabase<KeptSchema>> | null = null;

  /** On the page's global `indexedDB` (idb opens that one; Node tests install fake-indexeddb's). */
  constructor(
    private readonly channel: ChangeChannel = broadcastChannel(),
    private readonly now: () => number = Date.now,
    private readonly name = KEPT_DB_NAME,
  ) {}

  private db(): Promise<IDBPDatabase<KeptSchema>> {
    this.database ??= openDB<KeptSchema>(this.name, DB_VERSION, {
      upgrade(db) {
        for (const store of STORES) if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
      },
    }).catch((error: unknown) => {
      this.database = null;
      throw asStorageError(error);
    });
    return this.database;
  }

  /** Saves `article` on the device under its canonical URL (again, if it was kept before). */
  async keep(canonicalUrl: string, article: Article): Promise<KeptEntry> {
    const [entry] = await this.keepAll([{ canonicalUrl, article, keptAt: this.now() }]);
    return entry!;
  }

  /**
   * Saves several articles in one transaction (an import): all of them, or, on a full disk, none. Throws
   * `NotKeepableError` before writing anything when one of them cannot be kept.
   */
  async keepAll(articles: readonly { canonicalUrl: string; article: Article; keptAt: number }[]): Promise<KeptEntry[]> {
    const rows = articles.map(({ canonicalUrl, article, keptAt }) => {
      const entry = entryFor(canonicalUrl, article, keptAt);
      if (!entry) throw new NotKeepableError();
      return { entry, article };
    });
    if (rows.length === 0) return [];
    await this.write(
      rows.map(({ entry }) => entry.key),
      async (tx) => {
        await all(
          rows.flatMap(({ entry, article }) => [
            () => tx.objectStore('entries').put(storedEntry(entry), entry.key),
            () => tx.objectStore('articles').put(storedBody({ key: entry.key, article }), entry.key),
            () => tx.objectStore('texts').put({ key: entry.key, text: searchTextOf(article) }, entry.key),
          ]),
        );
      },
    );
    return rows.map(({ entry }) => entry);
  }

  /** Every readable kept article with its entry, oldest first: what an export carries. */
  async exportAll(): Promise<{ entry: KeptEntry; article: Article }[]> {
    const db = await this.db();
    const tx = db.transaction(['entries', 'articles'], 'readonly');
    const [entries, bodies] = await Promise.all([tx.objectStore('entries').getAll(), tx.objectStore('articles').getAll()]);
    const articles = new Map<string, Article>();
    for (const value of bodies) {
      const body = parseKeptBody(value);
      if (body) articles.set(body.key, body.article);
    }
    return entries
      .map(parseKeptEntry)
      .filter((entry): entry is KeptEntry => entry !== null && articles.has(entry.key))
      .sort((a, b) => a.keptAt - b.keptAt || (a.key < b.key ? -1 : 1))
      .map((entry) => ({ entry, article: articles.get(entry.key)! }));
  }

  /** Whether the article under `canonicalUrl` is kept. */
  async has(canonicalUrl: string): Promise<boolean> {
    return (await (await this.db()).count('entries', canonicalUrl)) > 0;
  }

  async get(canonicalUrl: string): Promise<KeptLookup> {
    const db = await this.db();
    const tx = db.transaction(['entries', 'articles'], 'readonly');
    const [storedEntryValue, storedArticle] = await Promise.all([tx.objectStore('entries').get(canonicalUrl), tx.objectStore('articles').get(canonicalUrl)]);
    if (storedEntryValue === undefined && storedArticle === undefined) return { status: 'missing' };
    const entry = parseKeptEntry(storedEntryValue);
    const body = parseKeptBody(storedArticle);
    if (!entry || !body || entry.key !== canonicalUrl || body.key !== canonicalUrl) return { status: 'unreadable' };
    return { status: 'found', entry, article: body.article };
  }

  /** Every kept article's entry (never their bodies). */
  async list(): Promise<KeptSnapshot> {
    const db = await this.db();
    const tx = db.transaction('entries', 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    const entries: KeptEntry[] = [];
    const unreadable: string[] = [];
    values.forEach((value, index) => {
      const entry = parseKeptEntry(value);
      if (entry && entry.key === keys[index]) entries.push(entry);
      else unreadable.push(String(keys[index]));
    });
    return { entries, unreadable };
  }

  /** The folded text of every kept article, by key: what the history searches once a search is typed. */
  async searchTexts(): Promise<Map<string, string>> {
    const all = await (await this.db()).getAll('texts');
    return new Map(all.filter((row) => typeof row?.key === 'string' && typeof row.text === 'string').map((row) => [row.key, row.text]));
  }

  /** Removes these articles (or every one, for null); returns what was removed, for Undo. */
  async remove(canonicalUrls: readonly string[] | null): Promise<RemovedKept> {
    const removed: RemovedKept = { rows: [] };
    const keys = canonicalUrls ?? ((await (await this.db()).getAllKeys('entries')) as string[]);
    if (keys.length === 0) return removed;
    await this.write(keys, async (tx) => {
      for (const key of keys) {
        const [entry, article, text] = await Promise.all(STORES.map((store) => tx.objectStore(store).get(key)));
        if (entry === undefined && article === undefined && text === undefined) continue;
        removed.rows.push({ key, entry, article, text });
        await all(STORES.map((store) => () => tx.objectStore(store).delete(key)));
      }
    });
    return removed;
  }

  /** Puts removed articles back, except those kept again meanwhile (the newer copy stays). */
  async restore(batch: RemovedKept): Promise<number> {
    if (batch.rows.length === 0) return 0;
    let restored = 0;
    await this.write(
      batch.rows.map((row) => row.key),
      async (tx) => {
        for (const row of batch.rows) {
          if ((await tx.objectStore('entries').count(row.key)) > 0) continue;
          const writes: (() => Promise<unknown>)[] = [];
          if (row.entry !== undefined) writes.push(() => tx.objectStore('entries').put(row.entry as Record<string, unknown>, row.key));
          if (row.article !== undefined) writes.push(() => tx.objectStore('articles').put(row.article as Record<string, unknown>, row.key));
          if (row.text !== undefined) writes.push(() => tx.objectStore('texts').put(row.text as { key: string; text: string }, row.key));
          await all(writes);
          restored++;
        }
      },
    );
    return restored;
  }

  /** Calls `listener` with the keys another page (or this one) changed. */
  watch(listener: (notice: KeptChangeNotice) => void): () => void {
    return this.channel.subscribe(listener);
  }

  /**
   * One read-write transaction over the three stores; resolves when the browser has committed it. A failure
   * (quota, most often) aborts it whole and is thrown as `StorageFullError` or as it came.
   */
  private async write(keys: readonly string[], work: (tx: IDBPTransaction<KeptSchema, Stores, 'readwrite'>) => Promise<void>): Promise<void> {
    const db = await this.db();
    const tx = db.transaction([...STORES] as Stores, 'readwrite');
    try {
      await all([() => work(tx), () => tx.done]);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the browser.
      }
      throw asStorageError(error);
    }
    this.channel.post({ keys: [...keys] });
  }
}
