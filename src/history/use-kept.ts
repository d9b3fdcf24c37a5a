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

/**
 * The kept articles' search text, read only once a search is typed (the list never needs it), and again after
 * a change. Undefined until it is read: the search then looks at titles and sites alone.
 */
export function useSearchTexts(store: KeptArticleStore, wanted: boolean): ReadonlyMap<string, string> | undefined {
  const [texts, setTexts] = useState<ReadonlyMap<string, string> | undefined>(undefined);
  const [stale, setStale] = useState(0);
  useEffect(() => store.watch(() => setStale((n) => n + 1)), [store]);
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    store.searchTexts().then(
      (read) => live && setTexts(read),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [store, wanted, stale]);
  return texts;
}
