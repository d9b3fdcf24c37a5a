/**
 * The whole collection of reactions: list, live changes, bulk removal with undo, and import. With
 * `ReactionStore` (one article's reaction) it is the only code that touches reaction storage.
 *
 * Nothing here rewrites a shared map: every record stays under its own key. Bulk writes run under the same
 * lock as single ones, read the current records inside it, and go to storage in one `set`/`remove` call,
 * so a failed write (quota) leaves storage as it was.
 */
import { storageError } from '../storage/errors';
import type { StorageArea } from '../storage/storage-area';
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
   * Merges imported entries (already validated by `readImportFile`) into storage, newer last-changed time
   * winning. One write: on a storage failure nothing is imported and the error is thrown.
   */
  async importEntries(entries: readonly ImportEntry[], invalid: readonly SkippedEntry[] = []): Promise<ImportResult> {
    try {
      return await this.lock.run(async () => {
        const current = new Map<string, CurrentState>();
        for (const [key, value] of Object.entries(await this.readAll())) {
          const result = classify(key, value);
          current.set(canonicalUrlOf(key), 'record' in result ? { record: result.record } : { unreadable: true });
        }
        const plan = planMerge(current, entries, invalid);
        const items: Record<string, ReactionRecord> = {};
        for (const record of [...plan.added, ...plan.updated]) items[storageKey(record.key)] = record;
        if (Object.keys(items).length) await this.area.set(items);
        return { ...plan, addedCount: plan.added.length, updatedCount: plan.updated.length, skippedCount: plan.skipped.length };
      });
    } catch (error) {
      throw storageError(error);
    }
  }
}
