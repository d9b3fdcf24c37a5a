import type { KeptArticleStore } from './kept-store';

/** What the popup and the reader use of the kept-article store. */
export type KeptArticleAccess = Pick<KeptArticleStore, 'has' | 'get' | 'keep' | 'remove' | 'watch'>;

const loadStore = () => import('./kept-store').then(({ KeptArticleStore }) => new KeptArticleStore());

/**
 * The kept-article store, its code (idb, the article checks) loaded on first use: the popup and the reader
 * paint their first view without it, and ask it whether the article is kept right after.
 */
export function lazyKeptStore(load: () => Promise<KeptArticleAccess> = loadStore): KeptArticleAccess {
  let loading: Promise<KeptArticleAccess> | null = null;
  const store = () => (loading ??= load());
  return {
    has: async (canonicalUrl) => (await store()).has(canonicalUrl),
    get: async (canonicalUrl) => (await store()).get(canonicalUrl),
    keep: async (canonicalUrl, article) => (await store()).keep(canonicalUrl, article),
    remove: async (canonicalUrls) => (await store()).remove(canonicalUrls),
    watch(listener) {
      let stop: (() => void) | null = null;
      let stopped = false;
      void store().then((loaded) => {
        if (!stopped) stop = loaded.watch(listener);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
