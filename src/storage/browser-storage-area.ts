import browser from '../platform/browser';
import type { StorageArea, StorageChangeListener } from './storage-area';

export type AreaName = 'local' | 'sync' | 'session';

/** A `StorageArea` over the browser's `storage[areaName]`. */
export function browserStorageArea(areaName: AreaName): StorageArea {
  const area = browser.storage[areaName];
  return {
    get: (keys) => area.get(keys ?? null),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    subscribe(listener: StorageChangeListener) {
      const onChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, changedArea: string) => {
        if (changedArea === areaName) listener(changes);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
