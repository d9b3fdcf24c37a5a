import browser from './browser';

/**
 * The toolbar badge of one tab. Tab-specific, so it needs no `tabs` permission: the popup knows the id of
 * the tab it was opened on. The browser drops it when the tab closes.
 */
export async function setTabBadge(tabId: number, text: string | null): Promise<void> {
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#e6eefb' });
  await browser.action.setBadgeText({ tabId, text: text ?? '' });
}
