/** How the browser's storage fails, in the terms the views tell apart. */

/** Whether `error` is the browser refusing a write because the storage area is full. */
export function isQuotaError(error: unknown): boolean {
  return /quota|QUOTA_BYTES|storage is full/i.test(String((error as Error)?.message ?? error));
}

/** Raised when the browser refuses a write because storage is full. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('Extension storage is full.', { cause });
    this.name = 'StorageFullError';
  }
}

/** Maps the browser's quota failure to `StorageFullError`; other errors pass unchanged. */
export function storageError(error: unknown): unknown {
  return error instanceof StorageFullError || !isQuotaError(error) ? error : new StorageFullError(error);
}
