import type { Article } from '../core';
import { storageError } from '../storage/errors';
import type { StorageArea } from '../storage/storage-area';
import { isImageUrl } from '../storage/validators';
import { sharedWriteLock, type WriteLock } from './lock';
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
} from './record';

/** What the UI knows about the article it reacts to. */
export interface ReactionTarget {
  canonicalUrl: string;
  url: string;
  title: string;
  site: string | null;
  /** URL of the article's lead image, null when it has none. Left out, the saved record keeps the one it has. */
  leadImage?: string | null;
}

/** What the popup and the reader react to: the article they show, under its canonical URL. */
export function reactionTarget(article: Pick<Article, 'url' | 'title' | 'siteName' | 'leadImage'>, canonicalUrl: string): ReactionTarget {
  return { canonicalUrl, url: article.url, title: article.title, site: article.siteName, leadImage: article.leadImage?.src ?? null };
}

export type StoredReaction =
  | { status: 'none' }
  | { status: 'saved'; record: ReactionRecord }
  | { status: 'unreadable'; problem: RecordProblem };

/** Raised when the target cannot make a valid record (e.g. a URL longer than any record may hold). */
export class InvalidTargetError extends Error {
  constructor(field: string | undefined) {
    super(`Cannot save a reaction for this article (${field ?? 'invalid'}).`);
    this.name = 'InvalidTargetError';
  }
}

/** The target's lead image as a record keeps it: a web address, else none; undefined when it was left out. */
function leadImageUrl(value: ReactionTarget['leadImage']): string | null | undefined {
  if (value === undefined || value === null) return value;
  return isImageUrl(value) ? value : null;
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
