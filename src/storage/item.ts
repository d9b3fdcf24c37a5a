/**
 * The one storage item primitive. Every value the extension keeps (a setting, a reaction record, a reader
 * handoff entry) has an `ItemFormat`: the schema version it is written with, the migrations that bring older
 * versions up to it, and a field-by-field parser, so whatever comes back is checked before anything uses it.
 *
 * Stored shape: the value's fields plus the version, `{ schemaVersion: 2, … }`. `StoredItem` keeps one such
 * value under one key, with a default (the settings); keyed collections (one reaction record per article,
 * one handoff entry per reader) read and write each of their values through `readItem` and `writeItem`.
 */
import type { StorageArea } from './storage-area';
import { isPlainObject, type PlainObject } from './validators';

export const VERSION_FIELD = 'schemaVersion';

/**
 * Turns a plain version-n object into a version n + 1 one. The parser checks the result, so a step need not
 * trust its input beyond the fields it adds.
 */
export type Migration = (value: PlainObject) => PlainObject;

export interface ItemFormat<T, F extends string = string> {
  /** The version this code writes. */
  version: number;
  /** `migrations[n]` upgrades a version-n value; a version no chain of steps leads from cannot be upgraded. */
  migrations?: Readonly<Record<number, Migration>>;
  /**
   * A value of a version this code cannot upgrade (a newer release wrote it): 'refuse' makes it unreadable;
   * 'read-known-fields' reads the fields this version knows (settings, so a downgrade keeps what it can).
   */
  unknownVersions: 'refuse' | 'read-known-fields';
  /** Checks a current-version object field by field: its clean value, or the first wrong field. */
  parse(object: PlainObject): { value: T; field?: F } | { field: F };
}

export type ItemProblem = 'not-an-object' | 'unknown-version' | 'malformed';

export type ItemRead<T, F extends string = string> =
  /** A usable value; `problem` says what was wrong when part of it had to be replaced by defaults. */
  | { ok: true; value: T; upgradedFrom: number | null; problem: ItemProblem | null; field?: F }
  | { ok: false; problem: ItemProblem; field?: F; version?: unknown };

/** The version `value` can be upgraded from to `format.version`, or null when there is no such chain. */
function upgradableFrom(format: ItemFormat<unknown>, version: unknown): number | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version >= format.version) return null;
  for (let v = version; v < format.version; v++) if (!format.migrations?.[v]) return null;
  return version;
}

/** Reads a stored value without trusting it: upgraded in memory from an older version, then parsed. */
export function readItem<T, F extends string>(format: ItemFormat<T, F>, stored: unknown): ItemRead<T, F> {
  if (!isPlainObject(stored)) return { ok: false, problem: 'not-an-object' };
  const version = stored[VERSION_FIELD];
  let object = stored;
  let upgradedFrom: number | null = null;
  let versionProblem: ItemProblem | null = null;
  if (version !== format.version) {
    upgradedFrom = upgradableFrom(format, version);
    if (upgradedFrom !== null) {
      for (let v = upgradedFrom; v < format.version; v++) object = format.migrations![v]!(object);
    } else if (format.unknownVersions === 'refuse') {
      return { ok: false, problem: 'unknown-version', version };
    } else {
      versionProblem = 'unknown-version';
    }
  }
  const parsed = format.parse(object);
  if (!('value' in parsed)) return { ok: false, problem: 'malformed', field: parsed.field };
  const read: ItemRead<T, F> = { ok: true, value: parsed.value, upgradedFrom, problem: versionProblem ?? (parsed.field ? 'malformed' : null) };
  if (parsed.field) read.field = parsed.field;
  return read;
}

/** The stored form of `value`: its fields and the format's version. */
export function writeItem<T extends object>(format: ItemFormat<T, string>, value: T): PlainObject {
  return { [VERSION_FIELD]: format.version, ...value };
}

export interface ItemSpec<T extends object> {
  key: string;
  format: ItemFormat<T, string>;
  /** What a missing or unreadable value reads as. */
  defaults: Readonly<T>;
}

export interface StoredRead<T> {
  value: T;
  /** What was wrong with the stored value, if anything: the value is then (partly) the defaults. */
  problem: ItemProblem | null;
}

/**
 * One value under one key, with a default: reading never fails (a missing or broken value reads as the
 * defaults and says why), and writes are coalesced, so holding a key that changes a setting writes the latest
 * value and does not run into the sync area's write quota.
 */
export class StoredItem<T extends object> {
  private pending: T | null = null;
  private writing: Promise<void> | null = null;

  constructor(
    private readonly area: StorageArea,
    readonly spec: ItemSpec<T>,
  ) {}

  async get(): Promise<StoredRead<T>> {
    return this.read((await this.area.get(this.spec.key))[this.spec.key]);
  }

  /** Saves `value`; resolves when it (or a later value) is written, rejects if that write failed. */
  set(value: T): Promise<void> {
    this.pending = value;
    if (!this.writing) {
      this.writing = this.flush().finally(() => {
        this.writing = null;
      });
    }
    return this.writing;
  }

  /** Calls `listener` with the new value whenever any view (or another synced browser) changes it. */
  watch(listener: (read: StoredRead<T>) => void): () => void {
    return this.area.subscribe((changes) => {
      const change = changes[this.spec.key];
      if (change) listener(this.read(change.newValue));
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending) {
        const next = this.pending;
        this.pending = null;
        await this.area.set({ [this.spec.key]: writeItem(this.spec.format, next) });
      }
    } finally {
      this.pending = null;
    }
  }

  private read(stored: unknown): StoredRead<T> {
    if (stored === undefined) return { value: structuredClone(this.spec.defaults) as T, problem: null };
    const read = readItem(this.spec.format, stored);
    return read.ok ? { value: read.value, problem: read.problem } : { value: structuredClone(this.spec.defaults) as T, problem: read.problem };
  }
}
