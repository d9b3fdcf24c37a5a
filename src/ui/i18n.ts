/**
 * User-visible strings come from `_locales` (built from src/locales/<lang>/<feature>.json). Pages install the
 * browser's lookup at start; tests and previews install one over the English sources.
 */
export type MessageLookup = (key: string, substitutions?: string[]) => string;

let lookup: MessageLookup = (key) => key;

export function installMessages(next: MessageLookup): void {
  lookup = next;
}

/** The message for `key`, with `$1`…`$9` placeholders filled; the key itself if it is missing. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  return lookup(key, substitutions.map(String)) || key;
}
