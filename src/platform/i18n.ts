import browser from './browser';
import type { MessageLookup } from '../ui/i18n';

/** The browser's message lookup for the UI language, chosen by the browser from `_locales`. */
export const browserMessages: MessageLookup = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
