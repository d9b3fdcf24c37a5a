/** The stored shape of one reaction, its schema version, and validation of what is read back. */

export const REACTIONS = ['like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow'] as const;
export type Reaction = (typeof REACTIONS)[number];

export const REACTION_SCHEMA_VERSION = 1;
/** Every reaction lives under its own key, so writers never rewrite each other's records. */
export const REACTION_KEY_PREFIX = 'reaction:';

export interface ReactionRecord {
  schemaVersion: typeof REACTION_SCHEMA_VERSION;
  /** Canonical URL of the article: the identity of the record. */
  key: string;
  url: string;
  title: string;
  site: string | null;
  reaction: Reaction;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
}

export function isReaction(value: unknown): value is Reaction {
  return typeof value === 'string' && (REACTIONS as readonly string[]).includes(value);
}

export function storageKey(canonicalUrl: string): string {
  return REACTION_KEY_PREFIX + canonicalUrl;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

export type RecordProblem = 'not-an-object' | 'unknown-version' | 'malformed';

/** Checks a value read back from storage; never trusts its shape. */
export function parseReactionRecord(value: unknown): { record: ReactionRecord } | { problem: RecordProblem } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: 'not-an-object' };
  const v = value as Record<string, unknown>;
  if (v.schemaVersion !== REACTION_SCHEMA_VERSION) return { problem: 'unknown-version' };
  const valid =
    isString(v.key) && isString(v.url) && isString(v.title) && (v.site === null || isString(v.site)) &&
    isReaction(v.reaction) && isTime(v.savedAt) && isTime(v.updatedAt);
  if (!valid) return { problem: 'malformed' };
  return {
    record: {
      schemaVersion: REACTION_SCHEMA_VERSION,
      key: v.key as string,
      url: v.url as string,
      title: v.title as string,
      site: v.site as string | null,
      reaction: v.reaction as Reaction,
      savedAt: v.savedAt as number,
      updatedAt: v.updatedAt as number,
    },
  };
}
