import type { StorageArea, StorageChange, StorageChangeListener } from './storage-area';

/**
 * An in-memory `StorageArea` with the browser's semantics (values are copied in and out, listeners see
 * changes). Used by unit tests and by UI previews outside the extension.
 */
export class MemoryStorageArea implements StorageArea {
  private readonly items = new Map<string, unknown>();
  private readonly listeners = new Set<StorageChangeListener>();
  /** Set to make the next writes fail as a full or broken storage would. */
  failWrites: Error | null = null;

  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, structuredClone(value));
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const result: Record<string, unknown> = {};
    for (const key of wanted) if (this.items.has(key)) result[key] = structuredClone(this.items.get(key));
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    const changes: Record<string, StorageChange> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.items.get(key), newValue: structuredClone(value) };
      this.items.set(key, structuredClone(value));
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    const changes: Record<string, StorageChange> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (!this.items.has(key)) continue;
      changes[key] = { oldValue: this.items.get(key) };
      this.items.delete(key);
    }
    this.emit(changes);
  }

  subscribe(listener: StorageChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(changes: Record<string, StorageChange>): void {
    if (Object.keys(changes).length === 0) return;
    for (const listener of this.listeners) listener(changes);
  }
}
