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

/** What the browser counts against an area's quota for one item: its key and its value as JSON, in UTF-8 bytes. */
export function storedBytes(key: string, value: unknown): number {
  return utf8.encode(key + JSON.stringify(value)).length;
}

const utf8 = new TextEncoder();

/** `storage.local`'s quota without the `unlimitedStorage` permission (Chromium and Firefox alike): 10 MiB. */
export const LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;
