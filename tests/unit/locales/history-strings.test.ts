import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES_DIR, localeNames } from '../../../src/locales/messages';
import { REACTIONS } from '../../../src/reactions/record';

const read = (locale: string) => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'history.json'), 'utf8')) as Record<string, { message: string }>;
const english = read(DEFAULT_LOCALE);

describe('history page strings', () => {
  it('live in history.json for English, German, Spanish and French, every key prefixed "history"', () => {
    for (const locale of ['en', 'de', 'es', 'fr']) expect(readdirSync(join(LOCALES_DIR, locale))).toContain('history.json');
    expect(Object.keys(english).every((key) => /^history[A-Z]/.test(key))).toBe(true);
  });

  describe.each(localeNames().filter((locale) => locale !== DEFAULT_LOCALE))('%s', (locale) => {
    const messages = read(locale);
    it('has every history key English has, translated', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      // Real translations: most messages differ from English (a few, like "$1: $2", may not).
      const same = Object.keys(english).filter((key) => messages[key]!.message === english[key]!.message);
      expect(same.length).toBeLessThan(Object.keys(english).length / 10);
    });
  });

  it('reaction labels are localised too (common.json), for every reaction', () => {
    for (const locale of localeNames()) {
      const common = JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'common.json'), 'utf8')) as Record<string, unknown>;
      for (const reaction of REACTIONS) expect(common, `${locale} ${reaction}`).toHaveProperty(`reaction${reaction[0]!.toUpperCase()}${reaction.slice(1)}`);
    }
  });
});
