import browser from './browser';

/** The browser's message lookup for the UI language, chosen by the browser from `_locales`. */
export function browserMessages(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
