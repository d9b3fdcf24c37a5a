import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Reaction } from '../reactions/record';
import type { ReactionStore, ReactionTarget } from '../reactions/store';
import { StorageFullError } from '../storage/errors';

export type ReactionStatus = 'idle' | 'saved' | 'cleared' | 'unreadable' | 'full' | 'failed';

/**
 * The reaction saved for `target`, kept in step with the store: loaded once, followed live when another view
 * (popup, reader, history) changes it, and changed by `choose`, which shows the choice at once.
 *
 * While this view's own writes are in flight, change events are ignored: they echo earlier writes and would
 * flip the picker back (arrow keys write once per step). The browser sends a write's change event before it
 * resolves the write, so no echo comes after the last write settles; the stored value is then read again, so
 * a change another view made meanwhile is not missed.
 */
export function useStoredReaction(store: ReactionStore, target: ReactionTarget | null) {
  const [reaction, setReaction] = useState<Reaction | null>(null);
  const [status, setStatus] = useState<ReactionStatus>('idle');
  const shown = useRef<Reaction | null>(null);
  shown.current = reaction;
  const writesInFlight = useRef(0);
  const canonicalUrl = target?.canonicalUrl ?? null;

  const reload = useCallback(
    async (url: string, isCurrent: () => boolean) => {
      const stored = await store.get(url).catch(() => ({ status: 'unreadable' as const }));
      if (!isCurrent()) return;
      setReaction(stored.status === 'saved' ? stored.record.reaction : null);
      return stored.status;
    },
    [store],
  );

  useEffect(() => {
    if (!canonicalUrl) return undefined;
    let current = true;
    void reload(canonicalUrl, () => current).then((loaded) => {
      if (loaded) setStatus(loaded === 'unreadable' ? 'unreadable' : 'idle');
    });
    const unwatch = store.watch(canonicalUrl, (next) => {
      if (writesInFlight.current === 0) setReaction(next);
    });
    return () => {
      current = false;
      unwatch();
    };
  }, [store, canonicalUrl, reload]);

  const choose = useCallback(
    async (next: Reaction | null) => {
      if (!target) return;
      const previous = shown.current;
      writesInFlight.current++;
      setReaction(next);
      try {
        await store.set(target, next);
        setStatus(next ? 'saved' : 'cleared');
      } catch (error) {
        setReaction(previous);
        setStatus(error instanceof StorageFullError ? 'full' : 'failed');
      } finally {
        writesInFlight.current--;
      }
      if (writesInFlight.current === 0) await reload(target.canonicalUrl, () => writesInFlight.current === 0);
    },
    [store, target, reload],
  );

  return { reaction, status, choose };
}
