/**
 * Abbreviations that end in a full stop, by primary language. Intl.Segmenter (ICU without its suppression lists)
 * breaks a sentence after every one of them, so the segmenter's output is repaired with these lists.
 * Entries are lower-case and without the final full stop.
 */

/** Titles and the like: always followed by more of the same sentence (a name, a noun). */
const ALWAYS_CONTINUES: Record<string, readonly string[]> = {
  en: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'rev',
    'hon', 'pres', 'supt', 'det', 'mt', 'vs', 'v', 'approx', 'fig',
  ],
  de: [
    'dr', 'prof', 'hr', 'fr', 'ca', 'bzw', 'vgl', 'ggf', 'inkl', 'evtl', 'sog', 'bspw', 'ggü', 'zzgl', 'abzgl', 'str',
    'tel', 'gegr', 'geb', 'verh', 'bzgl', 'max', 'insb', 'urspr', 'vs',
  ],
  es: ['sr', 'sra', 'srta', 'dr', 'dra', 'd', 'dña', 'ud', 'uds', 'lic', 'ing', 'aprox', 'ee', 'pág', 'avda', 'vs'],
  fr: ['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'ste', 'av', 'bd', 'cf', 'env', 'vs'],
};

/** Abbreviations that may also close a sentence ("… and so on, etc."): decided by the next word. */
const MAY_END_SENTENCE: Record<string, readonly string[]> = {
  en: [
    'etc', 'inc', 'ltd', 'corp', 'co', 'jr', 'sr', 'bros', 'plc', 'llc', 'st', 'ft', 'dept', 'est', 'jan', 'feb',
    'aug', 'sept', 'oct', 'nov', 'dec',
  ],
  de: ['usw', 'etc', 'mio', 'mrd', 'jh', 'jhd', 'ff', 'min'],
  es: ['etc', 'uu', 'cía', 'hnos'],
  fr: ['etc', 'cie', 'apr', 'jc'],
};

/** Abbreviations that are followed by a number ("No. 5", "Nr. 3", "art. 12"). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'nr', 'núm', 'art', 'abs', 'p', 'pp', 'vol', 'ch', 'sec', 'n°', 'tel']);

const always = new Map<string, ReadonlySet<string>>();
const mayEnd = new Map<string, ReadonlySet<string>>();

function setFor(cache: Map<string, ReadonlySet<string>>, lists: Record<string, readonly string[]>, language: string) {
  let set = cache.get(language);
  if (!set) {
    set = new Set(lists[language] ?? []);
    cache.set(language, set);
  }
  return set;
}

export type AbbreviationKind = 'continues' | 'may-end' | 'before-number' | 'none';

/**
 * What kind of abbreviation a word ending in a full stop is. `word` is the last whitespace-separated token of a
 * sentence, e.g. "Mr.", "U.S.", "z.", "3.".
 */
export function abbreviationKind(word: string, language: string): AbbreviationKind {
  if (!word.endsWith('.')) return 'none';
  // Strip opening brackets and quotes, and the final full stop.
  const bare = word.replace(/^[("'“‘„«[]+/u, '').slice(0, -1).toLowerCase();
  if (!bare) return 'none';
  if (setFor(always, ALWAYS_CONTINUES, language).has(bare)) return 'continues';
  if (setFor(mayEnd, MAY_END_SENTENCE, language).has(bare)) return 'may-end';
  // Initials and dotted initialisms: "J.", "U.S.", "e.g.", "z.", "M.".
  if (/^(?:\p{L}\.)*\p{L}$/u.test(bare)) return 'may-end';
  // German ordinals: "am 3. Oktober".
  if (language === 'de' && /^\d{1,3}$/.test(bare)) return 'may-end';
  if (BEFORE_NUMBER.has(bare)) return 'before-number';
  return 'none';
}
