/** The only import of the WebExtension API: every shell reaches the browser through this typed module. */
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Storage, Tabs } from 'webextension-polyfill';
