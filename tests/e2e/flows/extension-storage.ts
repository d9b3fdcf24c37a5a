/// <reference types="chrome" />
/**
 * The extension's storage and badge as the flows read and set them, through `session.inExtension` (the
 * functions run in the extension, so each names the API itself: `browser` in Firefox, either in Chromium).
 */
import type { ExtensionSession } from '../../harness/views';

type Ext = typeof chrome;

/** The stored reaction records, by key (`reaction:<canonical URL>`). */
export function storedReactions(session: ExtensionSession): Promise<Record<string, Record<string, unknown>>> {
  return session.inExtension(async () => {
    const ext = ((globalThis as { browser?: Ext }).browser ?? chrome) as Ext;
    const all = await ext.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('reaction:'))) as Record<string, Record<string, unknown>>;
  });
}

/** Removes every reaction record (and the quota test's filler) and every kept article, so each flow starts from an empty history. */
export function clearReactions(session: ExtensionSession): Promise<void> {
  return session.inExtension(async () => {
    const ext = ((globalThis as { browser?: Ext }).browser ?? chrome) as Ext;
    const all = await ext.storage.local.get(null);
    await ext.storage.local.remove(Object.keys(all).filter((key) => key.startsWith('reaction:') || key === 'filler'));
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('clean-reader-kept');
      // Never create the database here: a new one would lack the extension's stores.
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onerror = () => resolve();
      open.onsuccess = () => {
        const db = open.result;
        const stores = ['entries', 'articles', 'texts'].filter((name) => db.objectStoreNames.contains(name));
        if (!stores.length) return void (db.close(), resolve());
        const tx = db.transaction(stores, 'readwrite');
        stores.forEach((name) => tx.objectStore(name).clear());
        tx.oncomplete = tx.onerror = () => (db.close(), resolve());
      };
    });
  });
}

export function setLocal(session: ExtensionSession, items: Record<string, unknown>): Promise<void> {
  return session.inExtension(async (items) => {
    const ext = ((globalThis as { browser?: Ext }).browser ?? chrome) as Ext;
    await ext.storage.local.set(items);
  }, items);
}

export function getLocal(session: ExtensionSession, key: string): Promise<unknown> {
  return session.inExtension(async (key) => {
    const ext = ((globalThis as { browser?: Ext }).browser ?? chrome) as Ext;
    return (await ext.storage.local.get(key))[key] ?? null;
  }, key);
}

/** The reader settings as stored in storage.sync (null when none is stored). */
export function storedReaderSettings(session: ExtensionSession): Promise<unknown> {
  return session.inExtension(async () => {
    const ext = ((globalThis as { browser?: Ext }).browser ?? chrome) as Ext;
    return (await ext.storage.sync.get('readerSettings')).readerSettings ?? null;
  });
}

export function setReaderSettings(session: ExtensionSession, settings: Record<string, unknown> | null): Promise<void> {
  return session.inExtension(async (settings) => {
    const ext = ((globalThis as { browser?: Ext }).browser ?? chrome) as Ext;
    if (settings) await ext.storage.sync.set({ readerSettings: settings });
    else await ext.storage.sync.remove('readerSettings');
  }, settings);
}

/** Puts an entry in storage.session for the reader in tab `tabId`, as the popup does before it opens it; returns its id. */
export function putHandoff(session: ExtensionSession, payload: Record<string, unknown>, tabId: number): Promise<string> {
  return session.inExtension(async ({ payload, tabId }) => {
    const ext = ((globalThis as { browser?: Ext }).browser ?? chrome) as Ext;
    const id = crypto.randomUUID();
    await ext.storage.session.set({ [`readerHandoff:${id}`]: { schemaVersion: 2, id, tabId, createdAt: Date.now(), payload } });
    return id;
  }, { payload, tabId });
}

/** The toolbar badge of a tab. */
export function badgeOf(session: ExtensionSession, tabId: number): Promise<string> {
  return session.inExtension(async (tabId) => {
    const ext = ((globalThis as { browser?: Ext }).browser ?? chrome) as Ext;
    return ext.action.getBadgeText({ tabId });
  }, tabId);
}
