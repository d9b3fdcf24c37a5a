import { useEffect, useState } from 'preact/hooks';
import type { LibraryChange, ReactionLibrary, RecordIssue } from '../reactions/library';
import { storageKey, type ReactionRecord } from '../reactions/record';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'ready'; records: ReactionRecord[]; issues: RecordIssue[] }
  | { status: 'failed'; message: string };

/**
 * The library, kept live: loaded once, then updated from storage change events, whichever view (popup,
 * reader, this page, another window) made the change. Changes that arrive while the first load runs are
 * applied after it, so none is missed.
 */
export function useLibrary(library: ReactionLibrary): LibraryState {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    let records: Map<string, ReactionRecord> | null = null;
    const issues = new Map<string, RecordIssue>();
    const pending: LibraryChange[][] = [];

    const apply = (changes: LibraryChange[]) => {
      for (const change of changes) {
        if (change.record) records!.set(change.key, change.record);
        else records!.delete(change.key);
        if (change.issue) issues.set(change.key, change.issue);
        else issues.delete(change.key);
      }
    };
    const publish = () => {
      if (active && records) setState({ status: 'ready', records: [...records.values()], issues: [...issues.values()] });
    };

    const stop = library.watch((changes) => {
      if (!records) return void pending.push(changes);
      apply(changes);
      publish();
    });
    library.list().then(
      (snapshot) => {
        records = new Map(snapshot.records.map((record) => [storageKey(record.key), record]));
        for (const issue of snapshot.issues) issues.set(issue.key, issue);
        pending.splice(0).forEach(apply);
        publish();
      },
      (error: unknown) => {
        if (active) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      active = false;
      stop();
    };
  }, [library]);

  return state;
}
