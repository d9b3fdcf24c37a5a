/** The stored shape of one reaction, its schema version, and validation of what is read back. */
import { upgrade, upgradableFrom, type PlainRecord } from './migrations';

export const REACTIONS = ['like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** v1: the first release. v2: adds `leadImage`. Upgrades live in `migrations.ts`. */
export const REACTION_SCHEMA_VERSION = 2;
/** Every reaction lives under its own key, so writers never rewrite each other's records. */
export const REACTION_KEY_PREFIX = 'reaction:';

/** Limits on what a record may hold; anything longer is treated as malformed (it did not come from us). */
export const LIMITS = { url: 8192, title: 2000, site: 500 } as const;

export interface ReactionRecord {
  schemaVersion: typeof REACTION_SCHEMA_VERSION;
  /** Canonical URL of the article: the identity of the record. */
  key: string;
  /** The address the article was read at (what the history page links to). */
  url: string;
  title: string;
  site: string | null;
  /** URL of the article's lead image, or null when it had none (or the record predates v2). */
  leadImage: string | null;
  reaction: Reaction;
  /** Epoch milliseconds: when the article was first reacted to, and when the reaction last changed. */
  savedAt: number;
  updatedAt: number;
}

export function isReaction(value: unknown): value is Reaction {
  return typeof value === 'string' && (REACTIONS as readonly string[]).includes(value);
}

export function storageKey(canonicalUrl: string): string {
  return REACTION_KEY_PREFIX + canonicalUrl;
}

export function isReactionKey(key: string): boolean {
  return key.startsWith(REACTION_KEY_PREFIX);
}

export function canonicalUrlOf(key: string): string {
  return key.slice(REACTION_KEY_PREFIX.length);
}

export type RecordProblem = 'not-an-object' | 'unknown-version' | 'malformed';
/** The first field found wrong, for reports (`malformed` only). */
export type RecordField = 'key' | 'url' | 'title' | 'site' | 'leadImage' | 'reaction' | 'savedAt' | 'updatedAt';

export type ParsedRecord =
  | { record: ReactionRecord; upgradedFrom: number | null }
  | { problem: RecordProblem; field?: RecordField; version?: unknown };

const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Article addresses the extension can have read: web pages and local files. */
function isArticleUrl(value: unknown): value is string {
  if (!isString(value, LIMITS.url) || value === '') return false;
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function isImageUrl(value: unknown): value is string {
  if (!isString(value, LIMITS.url)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The record with its fields in a fixed order, and nothing else: what the store writes and exports. */
export function normalizeRecord(record: ReactionRecord): ReactionRecord {
  return {
    schemaVersion: REACTION_SCHEMA_VERSION,
    key: record.key,
    url: record.url,
    title: record.title,
    site: record.site,
    leadImage: record.leadImage,
    reaction: record.reaction,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
  };
}

/**
 * Checks a value read back from storage or from an import file; never trusts its shape. Older versions
 * are upgraded in memory (`upgradedFrom` says from which); newer or unknown ones are refused.
 */
export function parseReactionRecord(value: unknown): ParsedRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: 'not-an-object' };
  const original = value as PlainRecord;
  const upgradedFrom = upgradableFrom(original, REACTION_SCHEMA_VERSION);
  const v = upgrade(original, REACTION_SCHEMA_VERSION);
  if (v.schemaVersion !== REACTION_SCHEMA_VERSION) return { problem: 'unknown-version', version: original.schemaVersion };
  const checks: [RecordField, boolean][] = [
    ['key', isArticleUrl(v.key)],
    ['url', isArticleUrl(v.url)],
    ['title', isString(v.title, LIMITS.title)],
    ['site', v.site === null || isString(v.site, LIMITS.site)],
    ['leadImage', v.leadImage === null || isImageUrl(v.leadImage)],
    ['reaction', isReaction(v.reaction)],
    ['savedAt', isTime(v.savedAt)],
    ['updatedAt', isTime(v.updatedAt)],
  ];
  const wrong = checks.find(([, ok]) => !ok);
  if (wrong) return { problem: 'malformed', field: wrong[0] };
  return {
    record: normalizeRecord(v as unknown as ReactionRecord),
    upgradedFrom,
  };
}

/** Parses the value stored under `key`; a record filed under another article's key is malformed. */
export function parseStoredRecord(key: string, value: unknown): ParsedRecord {
  const parsed = parseReactionRecord(value);
  if ('record' in parsed && storageKey(parsed.record.key) !== key) return { problem: 'malformed', field: 'key' };
  return parsed;
}
