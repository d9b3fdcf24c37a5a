import browser from './browser';

export type AreaName = 'local' | 'sync' | 'session';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/**
 * The browser's `storage[areaName]`, in the shape the stores take (`StorageArea` in src/storage): the stores
 * never touch the browser API, so they run on a memory area in tests.
 */
export function browserStorageArea(areaName: AreaName) {
  const area = browser.storage[areaName];
  return {
    get: (keys?: string | string[] | null): Promise<Record<string, unknown>> => area.get(keys ?? null),
    set: (items: Record<string, unknown>): Promise<void> => area.set(items),
    remove: (keys: string | string[]): Promise<void> => area.remove(keys),
    subscribe(listener: (changes: Changes) => void): () => void {
      const onChanged = (changes: Changes, changedArea: string) => {
        if (changedArea === areaName) listener(changes);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
