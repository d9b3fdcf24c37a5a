/**
 * Pages that finished loading in a tab. Without the `tabs` permission the browser tells the address only for
 * sites the extension holds a host permission for, which is exactly the "Always open here" sites.
 */
import browser from './browser';
import type { TabRef } from './page-extraction';

export function onTabLoaded(listener: (tab: TabRef & { url: string }) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    listener({ id: tabId, url: tab.url, favIconUrl: tab.favIconUrl });
  });
}
