/**
 * The background worker: short-lived, event-driven. It prepares storage on install, and opens the reading
 * view from the keyboard shortcut and the page's context menu (both grant activeTab for the tab).
 */
import browser from '../platform/browser';
import { activeTab, onCommand, OPEN_READER_COMMAND } from '../platform/commands';
import { createReaderMenu, onReaderMenuClicked, type ClickedTab } from '../platform/context-menu';
import { browserStorageArea } from '../platform/storage-area';
import { ensureSchemaVersion } from '../reactions/migrations';
import { HandoffStore } from '../storage/session-handoff';
import { openReaderForTab } from './open-reader';

const handoff = new HandoffStore(browserStorageArea('session'));

browser.runtime.onInstalled.addListener(() => {
  void ensureSchemaVersion(browserStorageArea('local'));
  void createReaderMenu(browser.i18n.getMessage('readerMenuOpen')).catch((error: unknown) => {
    console.error('Clean Reader: could not create the context menu entry', error);
  });
});

function openReader(tab: ClickedTab | undefined): void {
  openReaderForTab(tab, handoff).catch((error: unknown) => {
    console.error('Clean Reader: could not open the reading view', error);
  });
}

onReaderMenuClicked(openReader);
onCommand(OPEN_READER_COMMAND, (tab) => {
  if (tab) openReader(tab);
  else void activeTab().then(openReader);
});

// A closed tab's handed-over article is of no more use.
browser.tabs.onRemoved.addListener((tabId) => {
  void handoff.removeTab(tabId);
});
