/** Opening the reader page in a tab: the article goes to `storage.session`, the tab to the reader's URL. */
import browser from './browser';
import { browserStorageArea } from '../storage/browser-storage-area';
import { HandoffStore, type HandoffPayload } from '../storage/session-handoff';

/** The reader page, by its path in the built extension. */
export const READER_PAGE_PATH = 'src/reader/index.html';

export function readerPageUrl(id: string): string {
  return `${browser.runtime.getURL(READER_PAGE_PATH)}?id=${encodeURIComponent(id)}`;
}

export function isReaderPageUrl(url: string | undefined): boolean {
  return Boolean(url?.startsWith(browser.runtime.getURL(READER_PAGE_PATH)));
}

export function browserHandoffStore(): HandoffStore {
  return new HandoffStore(browserStorageArea('session'));
}

/**
 * Shows `payload` in the reader page in tab `tabId`, replacing the page there (Back returns to it).
 * `tabs.update` with the extension's own URL needs no permission.
 */
export async function openReaderInTab(tabId: number, payload: HandoffPayload): Promise<void> {
  const id = await browserHandoffStore().put(tabId, payload);
  await browser.tabs.update(tabId, { url: readerPageUrl(id), active: true });
}

/** The reader page's entry id, from its own URL. */
export function handoffIdFrom(search: string): string | null {
  return new URLSearchParams(search).get('id');
}
