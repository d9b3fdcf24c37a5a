/**
 * Locale sources: one JSON file per feature and language, merged into `_locales/<lang>/messages.json` at
 * build time, so features never edit one shared file. Used by the build, the locale test and previews.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOCALES_DIR = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_LOCALE = 'en';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** All messages of one locale, with a clear error when two feature files define the same key. */
export function loadLocale(locale: string): Record<string, ChromeMessage> {
  const dir = join(LOCALES_DIR, locale);
  const merged: Record<string, ChromeMessage> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const messages = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, ChromeMessage>;
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`locale ${locale}: key "${key}" is defined twice (${file})`);
      merged[key] = value;
    }
  }
  return merged;
}

/** A lookup over the source files (for tests and previews outside the browser). */
export function sourceMessages(locale = DEFAULT_LOCALE): (key: string, substitutions?: string[]) => string {
  const messages = loadLocale(locale);
  return (key, substitutions = []) =>
    (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
