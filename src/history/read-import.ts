/**
 * Reading an import file for the history page: in a worker in the extension (so the page never freezes on
 * a big file), on the page's own thread where there is no worker (unit tests, previews). Either way the file
 * is checked record by record, progress is reported, and the caller decides from the records' size whether
 * to go on before any record is handed over.
 */
import { readImportFile, type ImportEntry, type ImportFileError, type SkippedEntry } from '../reactions/import-export';
import { normalizeRecord, storageKey } from '../reactions/record';
import { storedBytes } from '../storage/storage-area';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-worker-messages';
// The built worker's address (a file of the extension), which the page's Trusted Types policy vouches for.
import importWorkerUrl from './import-worker.ts?worker&url';

export type ImportRead =
  | { ok: true; entries: ImportEntry[]; invalid: SkippedEntry[] }
  | { ok: false; error: ImportFileError | 'unreadable' }
  /** `proceed` said no: `count` valid records would take `bytes`. */
  | { ok: false; error: 'declined'; count: number; bytes: number };

export interface ReadImportOptions {
  /** Hears `done` of `total` entries checked. */
  onProgress(done: number, total: number): void;
  /** Told how many valid records the file has and what they take in storage: whether to go on. */
  proceed(count: number, bytes: number): Promise<boolean>;
}

export type ReadImport = (file: File, options: ReadImportOptions) => Promise<ImportRead>;

/** On this thread: for tests and for browsers without module workers. */
export const readImportHere: ReadImport = async (file, { onProgress, proceed }) => {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const read = readImportFile(text, onProgress);
  if (!read.ok) return read;
  let bytes = 0;
  for (const { record } of read.entries) bytes += storedBytes(storageKey(record.key), normalizeRecord(record));
  if (!(await proceed(read.entries.length, bytes))) return { ok: false, error: 'declined', count: read.entries.length, bytes };
  return { ok: true, entries: read.entries, invalid: read.invalid };
};

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown };
}

/** The Trusted Types policy that names worker scripts: only the extension's own files. */
export const WORKER_POLICY = 'clean-reader-worker';
let workerPolicy: { createScriptURL(input: string): unknown } | null | undefined;

/** `url` as the page's Trusted Types (where enforced) accept it for `new Worker`; refuses any other origin. */
function workerScriptUrl(url: URL): string {
  if (url.origin !== location.origin) throw new Error(`Not one of the extension's scripts: ${url.href}`);
  if (workerPolicy === undefined) {
    const trustedTypes = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    workerPolicy = trustedTypes
      ? trustedTypes.createPolicy(WORKER_POLICY, {
          createScriptURL: (input) => {
            if (new URL(input, location.href).origin !== location.origin) throw new Error(`Not one of the extension's scripts: ${input}`);
            return input;
          },
        })
      : null;
  }
  return (workerPolicy ? workerPolicy.createScriptURL(url.href) : url.href) as string;
}

/** In a worker (`import-worker.ts`). */
export const readImportInWorker: ReadImport = (file, { onProgress, proceed }) =>
  new Promise((resolve) => {
    const worker = new Worker(workerScriptUrl(new URL(importWorkerUrl, location.href)), { type: 'module' });
    const send = (message: ImportWorkerRequest) => worker.postMessage(message);
    const finish = (result: ImportRead) => {
      worker.terminate();
      resolve(result);
    };
    const entries: ImportEntry[] = [];
    let invalid: SkippedEntry[] = [];
    worker.addEventListener('error', () => finish({ ok: false, error: 'unreadable' }));
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerReply>) => {
      const reply = event.data;
      switch (reply.kind) {
        case 'progress':
          return onProgress(reply.done, reply.total);
        case 'unreadable':
          return finish({ ok: false, error: 'unreadable' });
        case 'refused':
          return finish({ ok: false, error: reply.error });
        case 'checked':
          invalid = reply.invalid;
          return void proceed(reply.count, reply.bytes).then((go) => {
            if (go) send({ kind: 'send' });
            else finish({ ok: false, error: 'declined', count: reply.count, bytes: reply.bytes });
          });
        case 'entries':
          return void entries.push(...reply.entries);
        case 'sent':
          return finish({ ok: true, entries, invalid });
      }
    });
    send({ kind: 'read', file });
  });
