import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, loadLocale, localeNames } from '../../../src/locales/messages';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const english = loadLocale(DEFAULT_LOCALE);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|tsx)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('ships English, German, Spanish and French', () => {
    expect(localeNames()).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr']));
  });

  describe.each(localeNames().filter((locale) => locale !== DEFAULT_LOCALE))('%s', (locale) => {
    const messages = loadLocale(locale);

    it('has every key English has, and no other', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    });

    it('keeps the placeholders of each English message', () => {
      for (const [key, { message }] of Object.entries(english)) {
        expect(placeholders(messages[key]?.message ?? ''), key).toEqual(placeholders(message));
      }
    });
  });

  it('defines every key the code and the manifest ask for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
      for (const match of readFileSync(file, 'utf8').matchAll(/'((?:popup|reaction|reader|history|settings)[A-Z][A-Za-z0-9]*)'/g)) used.add(match[1]!);
    }
    const manifest = readFileSync(join(SRC, '../manifest.json'), 'utf8');
    for (const match of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1]!);
    const missing = [...used].filter((key) => !(key in english));
    expect(missing).toEqual([]);
  });
});
