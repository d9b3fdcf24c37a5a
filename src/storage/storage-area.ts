/**
 * The slice of `storage.local` / `storage.sync` / `storage.session` the stores use. Stores take one of these,
 * so tests and UI previews run them on `MemoryStorageArea` and the extension on the browser's.
 */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type StorageChangeListener = (changes: Record<string, StorageChange>) => void;

export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Calls `listener` on every change to this area (from any extension page); returns the unsubscribe. */
  subscribe(listener: StorageChangeListener): () => void;
}
