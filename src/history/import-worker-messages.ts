/** What the history page and its import worker say to each other. */
import type { ImportEntry, ImportFileError, SkippedEntry } from '../reactions/import-export';

export type ImportWorkerRequest = { kind: 'read'; file: File } | { kind: 'send' };

export type ImportWorkerReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'unreadable' }
  | { kind: 'refused'; error: ImportFileError }
  /** The file was read: `count` valid records taking `bytes` in storage, and the entries refused. */
  | { kind: 'checked'; count: number; bytes: number; invalid: SkippedEntry[] }
  | { kind: 'entries'; entries: ImportEntry[] }
  | { kind: 'sent' };
