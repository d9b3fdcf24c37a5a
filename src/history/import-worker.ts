/**
 * Reads an import file off the page's thread: parsing 20 MB of JSON and checking 100,000 records takes
 * seconds on a slow machine, which would freeze the history page. The page asks for the file to be read,
 * hears progress, learns what the valid records would take in storage, and only then asks for them, in
 * batches small enough to receive without a long task.
 */
import { readImportFile, type ImportEntry } from '../reactions/import-export';
import { normalizeRecord, storageKey } from '../reactions/record';
import { storedBytes } from '../storage/storage-area';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-worker-messages';

/** Records per message back to the page. */
const BATCH = 2000;

let entries: ImportEntry[] = [];
const reply = (message: ImportWorkerReply) => postMessage(message);

addEventListener('message', async (event: MessageEvent<ImportWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'read') {
    let text: string;
    try {
      text = await request.file.text();
    } catch {
      return reply({ kind: 'unreadable' });
    }
    const read = readImportFile(text, (done, total) => reply({ kind: 'progress', done, total }));
    if (!read.ok) return reply({ kind: 'refused', error: read.error });
    entries = read.entries;
    let bytes = 0;
    for (const { record } of entries) bytes += storedBytes(storageKey(record.key), normalizeRecord(record));
    return reply({ kind: 'checked', count: entries.length, bytes, invalid: read.invalid });
  }
  if (request.kind === 'send') {
    for (let start = 0; start < entries.length; start += BATCH) reply({ kind: 'entries', entries: entries.slice(start, start + BATCH) });
    entries = [];
    reply({ kind: 'sent' });
  }
});
