/** The background worker: short-lived, event-driven. Today it only prepares storage on install. */
import browser from '../platform/browser';
import { browserStorageArea } from '../storage/browser-storage-area';
import { ensureSchemaVersion } from '../storage/schema';

browser.runtime.onInstalled.addListener(() => {
  void ensureSchemaVersion(browserStorageArea('local'));
});
