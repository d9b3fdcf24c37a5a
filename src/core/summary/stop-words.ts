// Only these lists are imported by name, so the bundler leaves the package's other languages out.
import { deu, eng, fra, ita, nld, por, spa } from 'stopword';
import { isSupportedLanguage, type SupportedLanguage } from './language';

/**
 * Words the `stopword` lists leave out but that carry no topic in news text: pronouns, contractions split at the
 * apostrophe, common sentence openers. Kept short; inverse document frequency discounts the rest.
 */
const EXTRA_STOP_WORDS: Record<SupportedLanguage, readonly string[]> = {
  en: [
    'she', 'its', 'not', 'no', 'so', 'just', 'also', 'however', 'meanwhile', 'yet', 'us', 'they', 'our', 'ours',
    'don', 'doesn', 'didn', 'isn', 'wasn', 'aren', 'weren', 'won', 'wouldn', 'couldn', 'shouldn', 'll', 're', 've',
    'says', 'say', 'told', 'according', 'one', 'two', 'new', 'year', 'years', 'week', 'mr', 'mrs', 'ms', 'dr',
  ],
  de: ['sagte', 'sagt', 'laut', 'dass', 'seien', 'wurde', 'hr', 'dr'],
  es: [
    'es', 'son', 'fue', 'ha', 'han', 'había', 'ser', 'está', 'están', 'este', 'esta', 'estos', 'estas', 'entre',
    'todo', 'todos', 'hay', 'dijo', 'según', 'sr', 'sra', 'dr', 'dra', 'ee', 'uu',
  ],
  fr: ['plus', 'comme', 'tout', 'tous', 'aussi', 'selon', 'déclaré', 'dit', 'mme', 'dr'],
  pt: ['é', 'são', 'foi', 'tem', 'têm', 'ser', 'está', 'estão', 'disse', 'segundo', 'sr', 'sra', 'dr', 'dra'],
  it: ['è', 'sono', 'stato', 'stata', 'ha', 'hanno', 'detto', 'secondo', 'anche', 'sig', 'dott'],
  nl: ['zegt', 'zei', 'volgens', 'ook', 'nog', 'wel', 'dhr', 'mevr'],
};

const PACKAGE_LISTS: Record<SupportedLanguage, readonly string[]> = {
  en: eng,
  de: deu,
  es: spa,
  fr: fra,
  pt: por,
  it: ita,
  nl: nld,
};

const cache = new Map<string, ReadonlySet<string>>();

/** Stop words of a primary language subtag ("en"), lower-case; empty for languages without a list. */
export function stopWordsFor(language: string): ReadonlySet<string> {
  let words = cache.get(language);
  if (!words) {
    words = isSupportedLanguage(language)
      ? new Set([...PACKAGE_LISTS[language], ...EXTRA_STOP_WORDS[language]].map((word) => word.toLowerCase()))
      : new Set<string>();
    cache.set(language, words);
  }
  return words;
}
