/** The stored shape of one reaction, its schema version and upgrades, and validation of what is read back. */
import { readItem, type ItemFormat, type ItemProblem } from '../storage/item';
import {
  articleReferenceFields,
  field,
  isOneOf,
  isTime,
  literal,
  MAX_URL_LENGTH,
  parseFields,
  urlsAgree,
  type FieldParsers,
} from '../storage/validators';

export const REACTIONS = ['like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** v1: the first release. v2: adds `leadImage`. */
export const REACTION_SCHEMA_VERSION = 2;
/** Every reaction lives under its own key, so writers never rewrite each other's records. */
export const REACTION_KEY_PREFIX = 'reaction:';

/** Limits on what a record may hold; anything longer is treated as malformed (it did not come from us). */
export const LIMITS = { url: MAX_URL_LENGTH, title: 2000, site: 500 } as const;

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

export const isReaction = isOneOf(REACTIONS);

export function storageKey(canonicalUrl: string): string {
  return REACTION_KEY_PREFIX + canonicalUrl;
}

export function isReactionKey(key: string): boolean {
  return key.startsWith(REACTION_KEY_PREFIX);
}

export function canonicalUrlOf(key: string): string {
  return key.slice(REACTION_KEY_PREFIX.length);
}

/** The first field found wrong, for reports (`malformed` only). */
export type RecordField = keyof ReactionRecord;
export type RecordProblem = ItemProblem;

/** In the order records are written and exported. */
const RECORD_FIELDS: FieldParsers<ReactionRecord> = {
  schemaVersion: literal(REACTION_SCHEMA_VERSION),
  ...articleReferenceFields(LIMITS),
  reaction: field(isReaction),
  savedAt: field((value) => isTime(value)),
  updatedAt: field((value) => isTime(value)),
};

/** A reaction record as stored: newer or unknown versions are refused (they may hold what this code cannot keep). */
export const RECORD_FORMAT: ItemFormat<ReactionRecord, RecordField> = {
  version: REACTION_SCHEMA_VERSION,
  migrations: {
    // v1 → v2: the lead image URL, unknown for old records.
    1: (v1) => ({ ...v1, schemaVersion: 2, leadImage: null }),
  },
  unknownVersions: 'refuse',
  parse: (object) => {
    const parsed = parseFields(object, RECORD_FIELDS);
    // Filed under one site, linking to another: the row would show the one and open the other.
    if ('value' in parsed && !urlsAgree(parsed.value.key, parsed.value.url)) return { field: 'url' };
    return parsed;
  },
};

export type ParsedRecord =
  | { record: ReactionRecord; upgradedFrom: number | null }
  | { problem: RecordProblem; field?: RecordField; version?: unknown };

/** The record with its fields in a fixed order, and nothing else: what the store writes and exports. */
export function normalizeRecord(record: ReactionRecord): ReactionRecord {
  const fields = Object.keys(RECORD_FIELDS) as RecordField[];
  return { ...Object.fromEntries(fields.map((name) => [name, record[name]])), schemaVersion: REACTION_SCHEMA_VERSION } as ReactionRecord;
}

/**
 * Checks a value read back from storage or from an import file; never trusts its shape. Older versions
 * are upgraded in memory (`upgradedFrom` says from which); newer or unknown ones are refused.
 */
export function parseReactionRecord(value: unknown): ParsedRecord {
  const read = readItem(RECORD_FORMAT, value);
  if (read.ok) return { record: read.value, upgradedFrom: read.upgradedFrom };
  const problem: ParsedRecord = { problem: read.problem };
  if (read.field) problem.field = read.field;
  if (read.problem === 'unknown-version') problem.version = read.version;
  return problem;
}

/** Parses the value stored under `key`; a record filed under another article's key is malformed. */
export function parseStoredRecord(key: string, value: unknown): ParsedRecord {
  const parsed = parseReactionRecord(value);
  if ('record' in parsed && storageKey(parsed.record.key) !== key) return { problem: 'malformed', field: 'key' };
  return parsed;
}
