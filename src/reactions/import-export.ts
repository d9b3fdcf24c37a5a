/**
 * The portable form of the library: JSON export (with the schema version), reading an import file without
 * trusting it, and the merge rule (newer last-changed time wins). Pure: `ReactionLibrary.importEntries`
 * applies a plan to storage.
 */
import {
  normalizeRecord,
  parseReactionRecord,
  REACTION_SCHEMA_VERSION,
  type ReactionRecord,
  type RecordField,
  type RecordProblem,
} from './record';
import { isInteger, isPlainObject, isString } from '../storage/validators';

export const EXPORT_FORMAT = 'clean-reader-reactions';
/** Far above any real library (storage.local holds 10 MB), low enough to read without freezing the page. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ENTRIES = 100_000;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  count: number;
  reactions: ReactionRecord[];
}

/** The JSON export of `records`, oldest first, each in its stored (v2) shape. */
export function exportJson(records: readonly ReactionRecord[], now: number): string {
  const reactions = [...records]
    .sort((a, b) => a.savedAt - b.savedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(normalizeRecord);
  const file: LibraryExport = {
    format: EXPORT_FORMAT,
    schemaVersion: REACTION_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    count: reactions.length,
    reactions,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Why a whole file is refused; nothing is imported then. */
export type ImportFileError = 'too-large' | 'invalid-json' | 'wrong-shape' | 'newer-version' | 'too-many-entries';

/** Why one entry is not imported. */
export type SkipReason = RecordProblem | 'duplicate' | 'not-newer' | 'unchanged' | 'stored-unreadable';

export interface SkippedEntry {
  /** 1-based position in the file's `reactions` list. */
  entry: number;
  reason: SkipReason;
  field?: RecordField;
  title?: string;
}

export interface ImportEntry {
  entry: number;
  record: ReactionRecord;
}

export type ReadImportResult =
  | { ok: true; entries: ImportEntry[]; invalid: SkippedEntry[] }
  | { ok: false; error: ImportFileError };

/** Refuses files too big to read before reading them. */
export function checkImportSize(bytes: number): ImportFileError | null {
  return bytes > MAX_IMPORT_BYTES ? 'too-large' : null;
}

function titleOf(value: unknown): string | undefined {
  const title = isPlainObject(value) ? value.title : undefined;
  return isString(title) ? title.slice(0, 200) : undefined;
}

/** How often `readImportFile` reports progress, in entries. */
export const IMPORT_PROGRESS_STEP = 1000;

/**
 * Reads an import file's text: the whole file is refused on a fatal problem, else each entry is checked.
 * `onProgress(done, total)` hears every IMPORT_PROGRESS_STEP entries (the history page runs this in a worker).
 */
export function readImportFile(text: string, onProgress?: (done: number, total: number) => void): ReadImportResult {
  if (checkImportSize(text.length)) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, error: 'invalid-json' };
  }
  if (!isPlainObject(data)) return { ok: false, error: 'wrong-shape' };
  const file = data;
  if (file.format !== EXPORT_FORMAT || !Array.isArray(file.reactions)) return { ok: false, error: 'wrong-shape' };
  if (!isInteger(file.schemaVersion) || file.schemaVersion < 1) return { ok: false, error: 'wrong-shape' };
  if (file.schemaVersion > REACTION_SCHEMA_VERSION) return { ok: false, error: 'newer-version' };
  if (file.reactions.length > MAX_IMPORT_ENTRIES) return { ok: false, error: 'too-many-entries' };

  const entries: ImportEntry[] = [];
  const invalid: SkippedEntry[] = [];
  const total = file.reactions.length;
  file.reactions.forEach((value: unknown, index) => {
    const parsed = parseReactionRecord(value);
    if ('record' in parsed) entries.push({ entry: index + 1, record: parsed.record });
    else invalid.push({ entry: index + 1, reason: parsed.problem, field: parsed.field, title: titleOf(value) });
    if (onProgress && (index + 1) % IMPORT_PROGRESS_STEP === 0) onProgress(index + 1, total);
  });
  return { ok: true, entries, invalid };
}

/** What is stored under a key when the merge is planned. */
export type CurrentState = { record: ReactionRecord } | { unreadable: true };

export interface MergePlan {
  added: ReactionRecord[];
  updated: ReactionRecord[];
  skipped: SkippedEntry[];
}

const sameContent = (a: ReactionRecord, b: ReactionRecord) =>
  JSON.stringify(normalizeRecord(a)) === JSON.stringify(normalizeRecord(b));

/**
 * Merges imported entries into the current records by last-changed time:
 * - no record for the article: added;
 * - the entry changed later than the saved record: updated (keeping the earlier first-saved time);
 * - the same time: the saved record stays (`unchanged` when they are identical, else `not-newer`);
 * - an unreadable saved record is never overwritten (it may come from a newer version);
 * - several entries for one article: the latest counts, the others are `duplicate`.
 */
export function planMerge(current: ReadonlyMap<string, CurrentState>, entries: readonly ImportEntry[], invalid: readonly SkippedEntry[] = []): MergePlan {
  const skipped: SkippedEntry[] = [...invalid];
  const latest = new Map<string, ImportEntry>();
  for (const entry of entries) {
    const seen = latest.get(entry.record.key);
    if (!seen) {
      latest.set(entry.record.key, entry);
      continue;
    }
    const [keep, drop] = entry.record.updatedAt > seen.record.updatedAt ? [entry, seen] : [seen, entry];
    latest.set(entry.record.key, keep);
    skipped.push({ entry: drop.entry, reason: 'duplicate', title: drop.record.title });
  }

  const added: ReactionRecord[] = [];
  const updated: ReactionRecord[] = [];
  for (const { entry, record } of latest.values()) {
    const state = current.get(record.key);
    if (!state) {
      added.push(record);
    } else if ('unreadable' in state) {
      skipped.push({ entry, reason: 'stored-unreadable', title: record.title });
    } else if (record.updatedAt > state.record.updatedAt) {
      updated.push({ ...record, savedAt: Math.min(record.savedAt, state.record.savedAt) });
    } else {
      skipped.push({ entry, reason: sameContent(record, state.record) ? 'unchanged' : 'not-newer', title: record.title });
    }
  }
  skipped.sort((a, b) => a.entry - b.entry);
  return { added, updated, skipped };
}
