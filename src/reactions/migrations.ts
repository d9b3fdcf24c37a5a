/**
 * Brings every stored reaction record to the current schema on install and update. The steps from one
 * version to the next are `RECORD_FORMAT.migrations` (record.ts); views also upgrade old records in memory
 * as they read them, so this rewrite is what keeps storage tidy, not what makes old records readable.
 */
import type { StorageArea } from '../storage/storage-area';
import { sharedWriteLock, type WriteLock } from './lock';
import { isReactionKey, parseStoredRecord, REACTION_SCHEMA_VERSION, type RecordProblem } from './record';

/** Key of the schema version the stored data was last written with; migrations start from it. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

export interface MigrationReport {
  /** The version found (the current one on a fresh install) and the one now recorded. */
  from: number;
  to: number;
  /** Records rewritten in the current version. */
  migrated: number;
  /** Records left as they are because they cannot be read (malformed, or from an unknown version). */
  skipped: { key: string; problem: RecordProblem }[];
}

/**
 * Rewrites every older-version reaction record in the current version, under the writers' lock so a view
 * saving a reaction at the same moment is not overwritten. Unreadable records are reported and left alone,
 * never deleted. Runs in one write: if it fails (storage full), nothing changes and views keep upgrading
 * old records in memory as they read them.
 */
export async function migrateStorage(area: StorageArea, lock: WriteLock = sharedWriteLock()): Promise<MigrationReport> {
  return lock.run(async () => {
    const all = await area.get(null);
    const stored = all[SCHEMA_VERSION_KEY];
    const from = typeof stored === 'number' ? stored : REACTION_SCHEMA_VERSION;
    const rewritten: Record<string, unknown> = {};
    const skipped: MigrationReport['skipped'] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!isReactionKey(key)) continue;
      const parsed = parseStoredRecord(key, value);
      if (!('record' in parsed)) skipped.push({ key, problem: parsed.problem });
      else if (parsed.upgradedFrom !== null) rewritten[key] = parsed.record;
    }
    const to = Math.max(from, REACTION_SCHEMA_VERSION);
    await area.set({ ...rewritten, [SCHEMA_VERSION_KEY]: to });
    return { from, to, migrated: Object.keys(rewritten).length, skipped };
  });
}

/**
 * Brings stored data to the current schema on install and update (`runtime.onInstalled`): records the
 * version on a fresh install and runs the migrations on an update. Never throws: a failure is logged and
 * old records are still upgraded when read.
 */
export async function ensureSchemaVersion(area: StorageArea): Promise<number> {
  try {
    const report = await migrateStorage(area);
    if (report.migrated || report.skipped.length) console.info('Clean Reader storage migration', report);
    return report.to;
  } catch (error) {
    console.warn('Clean Reader storage migration failed; old records are upgraded when read.', error);
    const stored = (await area.get(SCHEMA_VERSION_KEY).catch(() => ({})) as Record<string, unknown>)[SCHEMA_VERSION_KEY];
    return typeof stored === 'number' ? stored : REACTION_SCHEMA_VERSION;
  }
}
