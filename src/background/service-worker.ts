/**
 * The background worker: short-lived, event-driven. It prepares storage on install, and opens the reading
 * view from the keyboard shortcut and the page's context menu (both grant activeTab for the tab).
 */
import browser from '../platform/browser';
import { activeTab, onCommand, OPEN_READER_COMMAND } from '../platform/commands';
import { createReaderMenu, onReaderMenuClicked, type ClickedTab } from '../platform/context-menu';
import { browserStorageArea } from '../platform/storage-area';
import { readArticleFromTab } from '../platform/page-extraction';
import { showReaderPage } from '../platform/reader-page';
import { hasSitePermission, onSitePermissionsRemoved } from '../platform/site-permissions';
import { onTabLoaded } from '../platform/tab-loads';
import { ensureSchemaVersion } from '../reactions/migrations';
import { alwaysOpenSites, withSite } from '../storage/always-open-sites';
import { HandoffStore } from '../storage/session-handoff';
import { forgetTab, openIfChosen } from './always-open';
import { openReaderForTab } from './open-reader';

const handoff = new HandoffStore(browserStorageArea('session'));
const sites = alwaysOpenSites(browserStorageArea('sync'));

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
  void forgetTab(tabId, browserStorageArea('session'));
});

// "Always open here": the reader opens by itself on article pages of the sites the person chose.
onTabLoaded((tab) => {
  openIfChosen(tab, {
    sites,
    hasPermission: hasSitePermission,
    extract: (loaded) => readArticleFromTab(loaded, { force: false }),
    open: async (tabId, payload) => showReaderPage(tabId, await handoff.put(tabId, payload)),
    memory: browserStorageArea('session'),
  }).catch((error: unknown) => console.error('Clean Reader: could not open the reading view by itself', error));
});

// A site whose permission the person removed in the browser's own settings is off here too.
onSitePermissionsRemoved((hosts) => {
  void sites.get().then(({ value }) => {
    const next = hosts.reduce((list, host) => withSite(list, host, false), value);
    if (next.sites.length !== value.sites.length) return sites.set(next);
  });
});
