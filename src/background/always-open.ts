/**
 * "Always open here": when a page finishes loading on a site the person chose, read it, and if it is an article,
 * show it in the reader in that tab. Pages that are not articles (the front page, a search) stay as they are.
 *
 * The tab's last address the reader replaced is remembered (in storage.session), so Back from the reader to
 * that page, or reloading it, shows the page: the reader opens by itself once per visit, never in a loop.
 */
import type { PageResult } from '../platform/messages';
import type { TabRef } from '../platform/page-extraction';
import { siteOfUrl, type AlwaysOpenSettings } from '../storage/always-open-sites';
import type { StoredItem } from '../storage/item';
import type { HandoffPayload } from '../storage/session-handoff';
import type { StorageArea } from '../storage/storage-area';

export interface AlwaysOpenDeps {
  sites: Pick<StoredItem<AlwaysOpenSettings>, 'get'>;
  hasPermission(host: string): Promise<boolean>;
  extract(tab: TabRef): Promise<PageResult>;
  open(tabId: number, payload: HandoffPayload): Promise<void>;
  /** Where the tabs' last opened addresses are remembered (storage.session). */
  memory: StorageArea;
}

export type AlwaysOpenOutcome = 'not-chosen' | 'no-permission' | 'seen' | 'not-article' | 'opened';

const memoryKey = (tabId: number) => `alwaysOpened:${tabId}`;

/** The address without its fragment: following an in-page link is the same page. */
function pageAddress(url: string): string {
  return url.replace(/#.*$/, '');
}

export async function openIfChosen(tab: TabRef & { url: string }, deps: AlwaysOpenDeps): Promise<AlwaysOpenOutcome> {
  const site = siteOfUrl(tab.url);
  if (!site) return 'not-chosen';
  const { value } = await deps.sites.get();
  if (!value.sites.includes(site)) return 'not-chosen';
  if (!(await deps.hasPermission(site))) return 'no-permission';
  const key = memoryKey(tab.id);
  const address = pageAddress(tab.url);
  if ((await deps.memory.get(key))[key] === address) return 'seen';
  await deps.memory.set({ [key]: address });
  const result = await deps.extract(tab);
  if (result.kind !== 'article') return 'not-article';
  await deps.open(tab.id, { kind: 'article', article: result.article, canonicalUrl: result.canonicalUrl });
  return 'opened';
}

/** Forgets a closed tab. */
export function forgetTab(tabId: number, memory: StorageArea): Promise<void> {
  return memory.remove(memoryKey(tabId));
}
