import {
  LIMITS,
  normalizeRecord,
  parseReactionRecord,
  parseStoredRecord,
  REACTION_SCHEMA_VERSION,
  storageKey,
  type Reaction,
  type ReactionRecord,
  type RecordProblem,
} from './reaction-record';
import { sharedWriteLock, type WriteLock } from './reaction-lock';
import type { StorageArea } from './storage-area';

/** What the UI knows about the article it reacts to. */
export interface ReactionTarget {
  canonicalUrl: string;
  url: string;
  title: string;
  site: string | null;
  /**
   * URL of the article's lead image (or the popup's `{ src }`), null when it has none. Left out, the saved
   * record keeps the one it has.
   */
  leadImage?: string | { src: string } | null;
}

export type StoredReaction =
  | { status: 'none' }
  | { status: 'saved'; record: ReactionRecord }
  | { status: 'unreadable'; problem: RecordProblem };

/** Raised when the browser refuses a write because storage is full. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('Extension storage is full.', { cause });
    this.name = 'StorageFullError';
  }
}

/** Raised when the target cannot make a valid record (e.g. a URL longer than any record may hold). */
export class InvalidTargetError extends Error {
  constructor(field: string | undefined) {
    super(`Cannot save a reaction for this article (${field ?? 'invalid'}).`);
    this.name = 'InvalidTargetError';
  }
}

function isQuotaError(error: unknown): boolean {
  return /quota|QUOTA_BYTES|storage is full/i.test(String((error as Error)?.message ?? error));
}

/** Maps the browser's quota failure to `StorageFullError`; other errors pass unchanged. */
export function storageError(error: unknown): unknown {
  return error instanceof StorageFullError || !isQuotaError(error) ? error : new StorageFullError(error);
}

function leadImageUrl(value: ReactionTarget['leadImage']): string | null | undefined {
  if (value === undefined || value === null) return value;
  const src = typeof value === 'string' ? value : value.src;
  try {
    return ['http:', 'https:'].includes(new URL(src).protocol) && src.length <= LIMITS.url ? src : null;
  } catch {
    return null;
  }
}

/**
 * One article's reaction in extension storage, one record per article. Together with `ReactionLibrary`
 * (the whole collection) this is the only code that touches reaction storage.
 */
export class ReactionStore {
  constructor(
    private readonly area: StorageArea,
    private readonly now: () => number = Date.now,
    private readonly lock: WriteLock = sharedWriteLock(),
  ) {}

  async get(canonicalUrl: string): Promise<StoredReaction> {
    const key = storageKey(canonicalUrl);
    const value = (await this.area.get(key))[key];
    if (value === undefined) return { status: 'none' };
    const parsed = parseStoredRecord(key, value);
    return 'record' in parsed ? { status: 'saved', record: parsed.record } : { status: 'unreadable', problem: parsed.problem };
  }

  /**
   * Saves `reaction` for the target, or removes its record when `reaction` is null. Keeps the first-saved
   * time of an existing record. Throws `StorageFullError` when storage is full.
   */
  async set(target: ReactionTarget, reaction: Reaction | null): Promise<ReactionRecord | null> {
    const key = storageKey(target.canonicalUrl);
    try {
      return await this.lock.run(async () => {
        if (reaction === null) {
          await this.area.remove(key);
          return null;
        }
        const previous = await this.get(target.canonicalUrl);
        const kept = previous.status === 'saved' ? previous.record : null;
        const now = this.now();
        const candidate = {
          schemaVersion: REACTION_SCHEMA_VERSION,
          key: target.canonicalUrl,
          url: target.url,
          title: target.title.slice(0, LIMITS.title),
          site: target.site === null ? null : target.site.slice(0, LIMITS.site),
          leadImage: leadImageUrl(target.leadImage) ?? (target.leadImage === undefined ? (kept?.leadImage ?? null) : null),
          reaction,
          // A clock set back must not make the record look changed before it was first saved.
          savedAt: kept ? Math.min(kept.savedAt, now) : now,
          updatedAt: now,
        };
        const parsed = parseReactionRecord(candidate);
        if (!('record' in parsed)) throw new InvalidTargetError(parsed.field);
        const record = normalizeRecord(parsed.record);
        await this.area.set({ [key]: record });
        return record;
      });
    } catch (error) {
      throw storageError(error);
    }
  }

  /** Calls `listener` whenever the target's reaction changes in any view. */
  watch(canonicalUrl: string, listener: (reaction: Reaction | null) => void): () => void {
    const key = storageKey(canonicalUrl);
    return this.area.subscribe((changes) => {
      const change = changes[key];
      if (!change) return;
      const parsed = change.newValue === undefined ? null : parseStoredRecord(key, change.newValue);
      listener(parsed && 'record' in parsed ? parsed.record.reaction : null);
    });
  }
}
