/**
 * The whole collection of reactions: list, live changes, bulk removal with undo, and import. With
 * `ReactionStore` (one article's reaction) it is the only code that touches reaction storage.
 *
 * Nothing here rewrites a shared map: every record stays under its own key. Bulk writes run under the same
 * lock as single ones, read the current records inside it, and go to storage in one `set`/`remove` call,
 * so a failed write (quota) leaves storage as it was.
 */
import { storageError } from '../storage/errors';
import { LOCAL_QUOTA_BYTES, storedBytes, type StorageArea } from '../storage/storage-area';
import { planMerge, type CurrentState, type ImportEntry, type MergePlan, type SkippedEntry } from './import-export';
import { sharedWriteLock, type WriteLock } from './lock';
import {
  canonicalUrlOf,
  isReactionKey,
  parseStoredRecord,
  storageKey,
  type ReactionRecord,
  type RecordField,
  type RecordProblem,
} from './record';

/** A stored value that is not a readable record: skipped by every view, reported, never deleted. */
export interface RecordIssue {
  key: string;
  canonicalUrl: string;
  problem: RecordProblem;
  field?: RecordField;
}

export interface LibrarySnapshot {
  records: ReactionRecord[];
  issues: RecordIssue[];
}

/** One key's change: its new record, or null when it was removed or is now unreadable (see `issue`). */
export interface LibraryChange {
  key: string;
  record: ReactionRecord | null;
  issue: RecordIssue | null;
}

/** What a removal took away, exactly as stored, so it can be put back. */
export interface RemovedBatch {
  items: Record<string, unknown>;
  count: number;
}

/** Records written per `set` call during an import, and between two progress reports. */
export const IMPORT_WRITE_BATCH = 1000;

/** An import that cannot fit: it needs `needed` more bytes and the area has `free`. Nothing was written. */
export class NotEnoughRoomError extends Error {
  constructor(
    readonly needed: number,
    readonly free: number,
    readonly quota: number = LOCAL_QUOTA_BYTES,
  ) {
    super(`The import needs ${needed} bytes; storage has ${free} free.`);
    this.name = 'NotEnoughRoomError';
  }
}

/** Lets the page paint and answer between two batches of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface ImportOptions {
  /** Hears `done` of `total` records written. */
  onProgress?(done: number, total: number): void;
  /** The area's quota in bytes (the browser's `storage.local` by default). */
  quota?: number;
}

export interface ImportResult extends MergePlan {
  /** Counts, for the report. */
  addedCount: number;
  updatedCount: number;
  skippedCount: number;
}

function classify(key: string, value: unknown): { record: ReactionRecord } | { issue: RecordIssue } {
  const parsed = parseStoredRecord(key, value);
  if ('record' in parsed) return { record: parsed.record };
  const issue: RecordIssue = { key, canonicalUrl: canonicalUrlOf(key), problem: parsed.problem };
  if (parsed.field) issue.field = parsed.field;
  return { issue };
}

export class ReactionLibrary {
  constructor(
    private readonly area: StorageArea,
    private readonly lock: WriteLock = sharedWriteLock(),
  ) {}

  private async readAll(): Promise<Record<string, unknown>> {
    const all = await this.area.get(null);
    const reactions: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(all)) if (isReactionKey(key)) reactions[key] = value;
    return reactions;
  }

  /** Every readable record (older versions upgraded in memory) and every unreadable one, reported. */
  async list(): Promise<LibrarySnapshot> {
    const records: ReactionRecord[] = [];
    const issues: RecordIssue[] = [];
    for (const [key, value] of Object.entries(await this.readAll())) {
      const result = classify(key, value);
      if ('record' in result) records.push(result.record);
      else issues.push(result.issue);
    }
    return { records, issues };
  }

  /** Calls `listener` with every change to reaction records made by any view. */
  watch(listener: (changes: LibraryChange[]) => void): () => void {
    return this.area.subscribe((changes) => {
      const out: LibraryChange[] = [];
      for (const [key, change] of Object.entries(changes)) {
        if (!isReactionKey(key)) continue;
        if (change.newValue === undefined) {
          out.push({ key, record: null, issue: null });
          continue;
        }
        const result = classify(key, change.newValue);
        out.push('record' in result ? { key, record: result.record, issue: null } : { key, record: null, issue: result.issue });
      }
      if (out.length > 0) listener(out);
    });
  }

  /** Removes the records of these articles; returns what was removed, for undo. */
  async remove(canonicalUrls: readonly string[]): Promise<RemovedBatch> {
    return this.removeKeys(async () => canonicalUrls.map(storageKey));
  }

  /** Removes every reaction record, readable or not; returns what was removed, for undo. */
  async removeAll(): Promise<RemovedBatch> {
    return this.removeKeys(async () => Object.keys(await this.readAll()));
  }

  private async removeKeys(keysOf: () => Promise<string[]>): Promise<RemovedBatch> {
    try {
      return await this.lock.run(async () => {
        const keys = await keysOf();
        const items = keys.length ? await this.area.get(keys) : {};
        const present = Object.keys(items);
        if (present.length) await this.area.remove(present);
        return { items, count: present.length };
      });
    } catch (error) {
      throw storageError(error);
    }
  }

  /**
   * Puts removed records back, except where the article got a new reaction meanwhile (that one is newer
   * and stays). Returns how many were restored.
   */
  async restore(batch: RemovedBatch): Promise<number> {
    try {
      return await this.lock.run(async () => {
        const keys = Object.keys(batch.items);
        if (!keys.length) return 0;
        const now = await this.area.get(keys);
        const missing: Record<string, unknown> = {};
        for (const key of keys) if (!(key in now)) missing[key] = batch.items[key];
        if (Object.keys(missing).length) await this.area.set(missing);
        return Object.keys(missing).length;
      });
    } catch (error) {
      throw storageError(error);
    }
  }

  /**
   * The most an import could add to this area, in bytes: what is free, plus what the reactions stored now
   * take (an import may replace every one of them). A file whose records need more can never fit.
   */
  async importRoom(quota: number = LOCAL_QUOTA_BYTES): Promise<number> {
    let others = 0;
    for (const [key, value] of Object.entries(await this.area.get(null))) if (!isReactionKey(key)) others += storedBytes(key, value);
    return Math.max(0, quota - others);
  }

  /**
   * Merges imported entries (already validated by `readImportFile`) into storage, newer last-changed time
   * winning. First it counts what the writes take; when they cannot fit, `NotEnoughRoomError` says by how
   * much and nothing is written. Then it writes in batches, yielding between them so the page stays
   * responsive; if the browser refuses a batch, the batches already written are undone and the error thrown.
   */
  async importEntries(entries: readonly ImportEntry[], invalid: readonly SkippedEntry[] = [], options: ImportOptions = {}): Promise<ImportResult> {
    const quota = options.quota ?? LOCAL_QUOTA_BYTES;
    try {
      return await this.lock.run(async () => {
        const all = await this.area.get(null);
        const current = new Map<string, CurrentState>();
        let used = 0;
        let count = 0;
        for (const [key, value] of Object.entries(all)) {
          used += storedBytes(key, value);
          if (++count % IMPORT_WRITE_BATCH === 0) await nextTask();
          if (!isReactionKey(key)) continue;
          const result = classify(key, value);
          current.set(canonicalUrlOf(key), 'record' in result ? { record: result.record } : { unreadable: true });
        }
        const plan = planMerge(current, entries, invalid);
        const writes = [...plan.added, ...plan.updated].map((record) => ({ key: storageKey(record.key), record }));
        let needed = 0;
        for (const [index, { key, record }] of writes.entries()) {
          needed += storedBytes(key, record) - (key in all ? storedBytes(key, all[key]) : 0);
          if ((index + 1) % IMPORT_WRITE_BATCH === 0) await nextTask();
        }
        if (needed > 0 && used + needed > quota) throw new NotEnoughRoomError(needed, Math.max(0, quota - used), quota);

        const written: string[] = [];
        try {
          for (let start = 0; start < writes.length; start += IMPORT_WRITE_BATCH) {
            const batch = writes.slice(start, start + IMPORT_WRITE_BATCH);
            await this.area.set(Object.fromEntries(batch.map(({ key, record }) => [key, record])));
            written.push(...batch.map(({ key }) => key));
            options.onProgress?.(written.length, writes.length);
            if (written.length < writes.length) await nextTask();
          }
        } catch (error) {
          await this.undoImport(written, all);
          throw error;
        }
        return { ...plan, addedCount: plan.added.length, updatedCount: plan.updated.length, skippedCount: plan.skipped.length };
      });
    } catch (error) {
      throw storageError(error);
    }
  }

  /** Puts back what `written` replaced, and removes what they added. */
  private async undoImport(written: readonly string[], before: Record<string, unknown>): Promise<void> {
    const added = written.filter((key) => !(key in before));
    const replaced = Object.fromEntries(written.filter((key) => key in before).map((key) => [key, before[key]]));
    if (added.length) await this.area.remove(added);
    if (Object.keys(replaced).length) await this.area.set(replaced);
  }
}
