import { safeLocale } from '../text';

/** Languages with stop words and abbreviation rules; others still work, with fewer hints. */
export type SupportedLanguage = 'en' | 'de' | 'es' | 'fr';

const SUPPORTED = new Set<string>(['en', 'de', 'es', 'fr']);

/** The primary language subtag of a page's `lang` ("en-GB" → "en"), or 'en' when it is missing or malformed. */
export function primaryLanguage(lang: string | null | undefined): string {
  return safeLocale(lang).split('-')[0]!.toLowerCase();
}

export function isSupportedLanguage(language: string): language is SupportedLanguage {
  return SUPPORTED.has(language);
}
