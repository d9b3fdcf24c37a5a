/** Fakes for the library features: kept articles on fake-indexeddb, and the browser's host permissions. */
import 'fake-indexeddb/auto';
import { KeptArticleStore, type ChangeChannel, type KeptChangeNotice } from '../../src/kept/kept-store';

let databases = 0;

/** A channel within one test: every store made with it hears every other's changes, as pages do. */
export function localChannel(): ChangeChannel & { notices: KeptChangeNotice[] } {
  const listeners = new Set<(notice: KeptChangeNotice) => void>();
  const notices: KeptChangeNotice[] = [];
  return {
    notices,
    post(notice) {
      notices.push(notice);
      listeners.forEach((listener) => listener(notice));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The database of the last store `freshKeptStore` made (for tests that write rows behind its back). */
export const lastKeptDatabase = () => `kept-test-${process.pid}-${databases}`;

/** A kept-article store on its own fresh database. */
export function freshKeptStore(channel: ChangeChannel = localChannel(), now = () => 1_700_000_000_000): KeptArticleStore {
  databases += 1;
  return new KeptArticleStore(channel, now, lastKeptDatabase());
}

/** The browser's host permissions for sites, answering requests as the person would (`answer`). */
export function fakeSitePermissions(answer = true) {
  const granted = new Set<string>();
  const asked: string[] = [];
  return {
    granted,
    asked,
    request: async (host: string) => {
      asked.push(host);
      if (answer) granted.add(host);
      return answer;
    },
    remove: async (host: string) => granted.delete(host),
    has: async (host: string) => granted.has(host),
  };
}
