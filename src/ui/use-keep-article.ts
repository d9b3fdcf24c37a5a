import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article } from '../core';
import type { KeptArticleAccess } from '../kept/lazy-kept-store';
import { StorageFullError } from '../storage/errors';

/** Where keeping stands: not asked yet, being written, kept, taken off the device, or why it failed. */
export type KeepStatus = 'idle' | 'saving' | 'kept' | 'removed' | 'full' | 'not-keepable' | 'failed';

export interface KeepTarget {
  canonicalUrl: string;
  /** The article, or how to get it when it is first kept (the popup asks the page for its body only then). */
  article: Article | (() => Promise<Article>);
}

/**
 * Whether the shown article is kept on the device, followed live (another view may keep or remove it), and
 * keeping or removing it. A failure says why and changes nothing else (the reaction is stored elsewhere).
 */
export function useKeepArticle(store: KeptArticleAccess, target: KeepTarget | null) {
  const [kept, setKept] = useState<boolean | null>(null);
  const [status, setStatus] = useState<KeepStatus>('idle');
  const canonicalUrl = target?.canonicalUrl ?? null;

  useEffect(() => {
    if (!canonicalUrl) return undefined;
    let live = true;
    const refresh = () =>
      void store.has(canonicalUrl).then(
        (has) => live && setKept(has),
        () => live && setKept(false),
      );
    refresh();
    const stop = store.watch(({ keys }) => {
      if (keys.includes(canonicalUrl)) refresh();
    });
    return () => {
      live = false;
      stop();
    };
  }, [store, canonicalUrl]);

  const keep = useCallback(async () => {
    if (!target) return;
    setStatus('saving');
    try {
      const article = typeof target.article === 'function' ? await target.article() : target.article;
      await store.keep(target.canonicalUrl, article);
      setKept(true);
      setStatus('kept');
    } catch (error) {
      setStatus(error instanceof StorageFullError ? 'full' : (error instanceof Error && error.name === 'NotKeepableError') ? 'not-keepable' : 'failed');
    }
  }, [store, target]);

  const unkeep = useCallback(async () => {
    if (!target) return;
    setStatus('saving');
    try {
      await store.remove([target.canonicalUrl]);
      setKept(false);
      setStatus('removed');
    } catch {
      setStatus('failed');
    }
  }, [store, target]);

  return { kept, status, keep, unkeep };
}
