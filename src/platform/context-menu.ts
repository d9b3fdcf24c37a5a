/** The page's context menu entry "Read in Clean Reader"; a click on it grants activeTab for the tab. */
import browser from './browser';

export const READER_MENU_ID = 'open-reader';

export interface ClickedTab {
  id?: number;
  url?: string;
  title?: string;
  favIconUrl?: string;
}

/** (Re)creates the menu entry; menus persist, so this runs on install and update. */
export async function createReaderMenu(title: string): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: READER_MENU_ID,
    title,
    contexts: ['page', 'selection'],
    // Web pages and local files only: not the reader itself or other extension pages.
    documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
  });
}

export function onReaderMenuClicked(listener: (tab: ClickedTab | undefined) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === READER_MENU_ID) listener(tab);
  });
}
