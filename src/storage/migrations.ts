/**
 * Upgrades of stored reaction records, one step per schema version. Each step takes the plain object of
 * version N and returns the plain object of version N + 1; validation happens after the last step, in
 * `parseReactionRecord`, so a step never has to trust its input beyond the fields it adds.
 *
 * v1 → v2: adds `leadImage` (the lead image URL, unknown for old records: null).
 */

export type PlainRecord = Record<string, unknown>;

/** `MIGRATIONS[n]` upgrades a version-n object to version n + 1. */
export const MIGRATIONS: Readonly<Record<number, (value: PlainRecord) => PlainRecord>> = {
  1: (v1) => ({ ...v1, schemaVersion: 2, leadImage: null }),
};

/** The version a migration chain can start from, or null when the value has none we know. */
export function upgradableFrom(value: PlainRecord, target: number): number | null {
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version >= target) return null;
  for (let v = version; v < target; v++) if (!MIGRATIONS[v]) return null;
  return version;
}

/** Runs every step from the value's version up to `target`; returns the value unchanged when none applies. */
export function upgrade(value: PlainRecord, target: number): PlainRecord {
  const from = upgradableFrom(value, target);
  if (from === null) return value;
  let current = value;
  for (let v = from; v < target; v++) current = MIGRATIONS[v]!(current);
  return current;
}
