import { REACTION_SCHEMA_VERSION } from './reaction-record';
import type { StorageArea } from './storage-area';

/** Key of the schema version the stored data was last written with; migrations start from it. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

/** Records the schema version on a fresh install, so a later version knows what it upgrades from. */
export async function ensureSchemaVersion(area: StorageArea): Promise<number> {
  const stored = (await area.get(SCHEMA_VERSION_KEY))[SCHEMA_VERSION_KEY];
  if (typeof stored === 'number') return stored;
  await area.set({ [SCHEMA_VERSION_KEY]: REACTION_SCHEMA_VERSION });
  return REACTION_SCHEMA_VERSION;
}
