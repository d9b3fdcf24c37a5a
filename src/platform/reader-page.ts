/** The reader page: its address, and showing it in a tab. What it shows travels through `storage.session`. */
import browser from './browser';

/** The reader page, by its path in the built extension. */
export const READER_PAGE_PATH = 'src/reader/index.html';

export function readerPageUrl(handoffId: string): string {
  return `${browser.runtime.getURL(READER_PAGE_PATH)}?id=${encodeURIComponent(handoffId)}`;
}

export function isReaderPageUrl(url: string | undefined): boolean {
  return Boolean(url?.startsWith(browser.runtime.getURL(READER_PAGE_PATH)));
}

/**
 * Shows the reader page for handoff entry `handoffId` in tab `tabId`, replacing the page there (Back returns
 * to it). `tabs.update` with the extension's own URL needs no permission.
 */
export async function showReaderPage(tabId: number, handoffId: string): Promise<void> {
  await browser.tabs.update(tabId, { url: readerPageUrl(handoffId), active: true });
}

/** The reader page's handoff entry id, from its own URL. */
export function handoffIdFrom(search: string): string | null {
  return new URLSearchParams(search).get('id');
}

/** The id of the tab this page is shown in, or null outside a tab. */
export async function currentTabId(): Promise<number | null> {
  return (await browser.tabs.getCurrent())?.id ?? null;
}

/** The reader page showing a kept article from the device (the history opens these). */
export function keptReaderUrl(canonicalUrl: string): string {
  return `${browser.runtime.getURL(READER_PAGE_PATH)}?kept=${encodeURIComponent(canonicalUrl)}`;
}

/** The kept article's canonical URL, from the reader page's own URL. */
export function keptKeyFrom(search: string): string | null {
  return new URLSearchParams(search).get('kept');
}
