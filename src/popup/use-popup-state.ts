import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article } from '../core';
import type { RestrictedReason } from '../platform/restricted-pages';
import type { Reaction } from '../storage/reaction-record';
import { StorageFullError, type ReactionTarget } from '../storage/reaction-store';
import type { PopupServices } from './services';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article; target: ReactionTarget; tabId: number }
  | { kind: 'not-article'; title: string }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'pdf' }
  | { kind: 'too-large'; elementCount: number }
  | { kind: 'no-tab' }
  | { kind: 'error'; message: string };

export type ReactionStatus = 'idle' | 'saved' | 'cleared' | 'unreadable' | 'full' | 'failed';
export type ReadStatus = 'idle' | 'opening' | 'failed';

/** The popup's state machine: find the tab, extract, then load and save the reaction. */
export function usePopupState(services: PopupServices) {
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [reaction, setReaction] = useState<Reaction | null>(null);
  const [reactionStatus, setReactionStatus] = useState<ReactionStatus>('idle');
  const [readStatus, setReadStatus] = useState<ReadStatus>('idle');

  const load = useCallback(
    async (force: boolean) => {
      setView({ kind: 'loading' });
      try {
        const tab = await services.targetTab();
        if (!tab) return setView({ kind: 'no-tab' });
        const result = await services.extract(tab, { force });
        switch (result.status) {
          case 'article': {
            const { article, canonicalUrl } = result;
            const target = { canonicalUrl, url: article.url, title: article.title, site: article.siteName };
            const stored = await services.reactions.get(canonicalUrl).catch(() => ({ status: 'unreadable' as const }));
            setReaction(stored.status === 'saved' ? stored.record.reaction : null);
            setReactionStatus(stored.status === 'unreadable' ? 'unreadable' : 'idle');
            return setView({ kind: 'article', article, target, tabId: tab.id });
          }
          case 'not-article':
            return setView({ kind: 'not-article', title: result.title });
          case 'restricted':
            return setView({ kind: 'restricted', reason: result.reason });
          case 'pdf':
            return setView({ kind: 'pdf' });
          case 'too-large':
            return setView({ kind: 'too-large', elementCount: result.elementCount });
          case 'error':
            return setView({ kind: 'error', message: result.message });
        }
      } catch (error) {
        setView({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [services],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  // Another view (reader, history) may change the same reaction while the popup is open.
  const canonicalUrl = view.kind === 'article' ? view.target.canonicalUrl : null;
  useEffect(() => (canonicalUrl ? services.reactions.watch(canonicalUrl, setReaction) : undefined), [services, canonicalUrl]);

  const choose = useCallback(
    async (next: Reaction | null) => {
      if (view.kind !== 'article') return;
      const previous = reaction;
      setReaction(next);
      try {
        await services.reactions.set(view.target, next);
        setReactionStatus(next ? 'saved' : 'cleared');
      } catch (error) {
        setReaction(previous);
        setReactionStatus(error instanceof StorageFullError ? 'full' : 'failed');
      }
    },
    [services, view, reaction],
  );

  /** Opens the whole article in the reader page, in the article's tab, with what was already extracted. */
  const read = useCallback(async () => {
    if (view.kind !== 'article') return;
    setReadStatus('opening');
    try {
      await services.openReader(view.tabId, { kind: 'article', article: view.article, canonicalUrl: view.target.canonicalUrl });
      services.close();
    } catch {
      setReadStatus('failed');
    }
  }, [services, view]);

  return { view, reaction, reactionStatus, readStatus, choose, read, retry: () => load(false), tryAnyway: () => load(true) };
}
