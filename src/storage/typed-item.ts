import type { StorageArea } from './storage-area';

/**
 * One setting-like value in storage under one key, stored as `{ schemaVersion, value }`, read back through
 * validation: a missing, malformed or unknown-version value yields the defaults (and says why), never a crash.
 */
export interface ItemSpec<T> {
  key: string;
  version: number;
  defaults: T;
  /** The value if it has the right shape, else null. */
  parse(value: unknown): T | null;
}

export type ItemProblem = 'malformed' | 'unknown-version';

export interface ItemRead<T> {
  value: T;
  problem: ItemProblem | null;
}

export class TypedItem<T> {
  constructor(
    private readonly area: StorageArea,
    private readonly spec: ItemSpec<T>,
  ) {}

  async get(): Promise<ItemRead<T>> {
    return this.read((await this.area.get(this.spec.key))[this.spec.key]);
  }

  async set(value: T): Promise<void> {
    await this.area.set({ [this.spec.key]: { schemaVersion: this.spec.version, value } });
  }

  /** Calls `listener` with the new value whenever another view changes it. */
  watch(listener: (read: ItemRead<T>) => void): () => void {
    return this.area.subscribe((changes) => {
      const change = changes[this.spec.key];
      if (change) listener(this.read(change.newValue));
    });
  }

  private read(stored: unknown): ItemRead<T> {
    if (stored === undefined) return { value: this.spec.defaults, problem: null };
    const record = stored as { schemaVersion?: unknown; value?: unknown } | null;
    if (!record || typeof record !== 'object') return { value: this.spec.defaults, problem: 'malformed' };
    if (record.schemaVersion !== this.spec.version) return { value: this.spec.defaults, problem: 'unknown-version' };
    const value = this.spec.parse(record.value);
    return value === null ? { value: this.spec.defaults, problem: 'malformed' } : { value, problem: null };
  }
}
