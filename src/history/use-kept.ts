import { useEffect, useState } from 'preact/hooks';
import type { KeptEntry } from '../kept/kept-entry';
import type { KeptArticleStore } from '../kept/kept-store';

export type KeptState =
  | { status: 'loading' }
  | { status: 'ready'; entries: ReadonlyMap<string, KeptEntry>; unreadable: string[] }
  | { status: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The kept articles' entries (never their bodies), read again whenever any page keeps or removes one. */
export function useKeptEntries(store: KeptArticleStore): KeptState {
  const [state, setState] = useState<KeptState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let generation = 0;
    const load = () => {
      const mine = ++generation;
      store.list().then(
        ({ entries, unreadable }) => {
          if (live && mine === generation) setState({ status: 'ready', entries: new Map(entries.map((entry) => [entry.key, entry])), unreadable });
        },
        (error: unknown) => live && setState({ status: 'failed', message: messageOf(error) }),
      );
    };
    const stop = store.watch(load);
    load();
    return () => {
      live = false;
      stop();
    };
  }, [store]);
  return state;
}

/** The kept articles' search text, and whether a fresher copy is being read. */
export interface SearchTextState {
  texts: ReadonlyMap<string, string> | undefined;
  loading: boolean;
}

/**
 * The kept articles' search text, read only once a search is typed (the list never needs it), kept in
 * memory for the next searches, and read again after a change. `texts` is undefined until the first read:
 * the search then looks at titles and sites alone, and `loading` says the text is on its way.
 */
export function useSearchTexts(store: KeptArticleStore, wanted: boolean): SearchTextState {
  const [texts, setTexts] = useState<ReadonlyMap<string, string> | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState(-1);
  const [loading, setLoading] = useState(false);
  useEffect(() => store.watch(() => setVersion((n) => n + 1)), [store]);
  useEffect(() => {
    if (!wanted || loaded === version || loading) return;
    const reading = version;
    setLoading(true);
    // Not cancelled when the search is cleared meanwhile: the next search uses what was read.
    store.searchTexts().then(
      (read) => {
        setTexts(read);
        setLoaded(reading);
        setLoading(false);
      },
      () => {
        setLoaded(reading);
        setLoading(false);
      },
    );
  }, [store, wanted, version, loaded, loading]);
  // Pending from the first render of a search on, not only once the read has started.
  return { texts, loading: wanted && loaded !== version };
}
