import { safeLocale } from '../text';

/** Languages with stop words, abbreviation rules and openers; others still work, with fewer hints. */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const SUPPORTED = new Set<string>(SUPPORTED_LANGUAGES);

/** The primary language subtag of a page's `lang` ("en-GB" → "en"), or 'en' when it is missing or malformed. */
export function primaryLanguage(lang: string | null | undefined): string {
  return safeLocale(lang).split('-')[0]!.toLowerCase();
}

export function isSupportedLanguage(language: string): language is SupportedLanguage {
  return SUPPORTED.has(language);
}
