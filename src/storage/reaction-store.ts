import { parseReactionRecord, storageKey, type Reaction, type ReactionRecord, type RecordProblem } from './reaction-record';
import type { StorageArea } from './storage-area';

/** What the UI knows about the article it reacts to. */
export interface ReactionTarget {
  canonicalUrl: string;
  url: string;
  title: string;
  site: string | null;
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

function isQuotaError(error: unknown): boolean {
  return /quota|QUOTA_BYTES|storage is full/i.test(String((error as Error)?.message ?? error));
}

/** Reactions in extension storage, one record per article. The only code that touches reaction storage. */
export class ReactionStore {
  constructor(
    private readonly area: StorageArea,
    private readonly now: () => number = Date.now,
  ) {}

  async get(canonicalUrl: string): Promise<StoredReaction> {
    const key = storageKey(canonicalUrl);
    const value = (await this.area.get(key))[key];
    if (value === undefined) return { status: 'none' };
    const parsed = parseReactionRecord(value);
    return 'record' in parsed ? { status: 'saved', record: parsed.record } : { status: 'unreadable', problem: parsed.problem };
  }

  /** Saves `reaction` for the target, or removes its record when `reaction` is null. */
  async set(target: ReactionTarget, reaction: Reaction | null): Promise<ReactionRecord | null> {
    const key = storageKey(target.canonicalUrl);
    try {
      if (reaction === null) {
        await this.area.remove(key);
        return null;
      }
      const previous = await this.get(target.canonicalUrl);
      const now = this.now();
      const record: ReactionRecord = {
        schemaVersion: 1,
        key: target.canonicalUrl,
        url: target.url,
        title: target.title,
        site: target.site,
        reaction,
        savedAt: previous.status === 'saved' ? previous.record.savedAt : now,
        updatedAt: now,
      };
      await this.area.set({ [key]: record });
      return record;
    } catch (error) {
      throw isQuotaError(error) ? new StorageFullError(error) : error;
    }
  }

  /** Calls `listener` whenever the target's reaction changes in any view. */
  watch(canonicalUrl: string, listener: (reaction: Reaction | null) => void): () => void {
    const key = storageKey(canonicalUrl);
    return this.area.subscribe((changes) => {
      const change = changes[key];
      if (!change) return;
      const parsed = change.newValue === undefined ? null : parseReactionRecord(change.newValue);
      listener(parsed && 'record' in parsed ? parsed.record.reaction : null);
    });
  }
}
