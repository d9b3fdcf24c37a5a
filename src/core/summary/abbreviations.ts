/**
 * Abbreviations that end in a full stop, by primary language. Intl.Segmenter (ICU without its suppression lists)
 * breaks a sentence after every one of them, so the segmenter's output is repaired with these lists.
 * Entries are lower-case and without the final full stop.
 */

/**
 * Titles before a name, in every language: a page in one language quotes people of another ("Prof. Carlos",
 * "Dr. Müller", "Sr. García"). Only entries that are no word of any shipped language.
 */
const TITLES = [
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'dra', 'drs', 'prof', 'profa', 'sr', 'sra', 'srta', 'sres', 'sras', 'mme', 'mmes',
  'mlle', 'mlles', 'mgr', 'hr', 'sig', 'sigg', 'dott', 'avv', 'dhr', 'mevr', 'mw', 'ing', 'lic', 'gen', 'gral', 'col',
  'lt', 'sgt', 'capt', 'cmdr', 'adm', 'rev', 'gov', 'sen', 'rep', 'hon', 'pres', 'supt', 'det', 'insp', 'excmo',
  'excma', 'exmo', 'exma', 'ilmo', 'vs', 'approx', 'aprox', 'ca', 'bzw', 'vgl', 'bijv', 'resp',
];

/** Abbreviations of one language that are always followed by more of the same sentence. */
const ALWAYS_CONTINUES: Record<string, readonly string[]> = {
  en: ['mt', 'ft', 'fig', 'v'],
  de: [
    'fr', 'ggf', 'inkl', 'evtl', 'sog', 'bspw', 'ggü', 'zzgl', 'abzgl', 'str', 'gegr', 'geb', 'verh', 'bzgl', 'insb', 'urspr',
    'max', 'allg', 'bes', 'eigtl', 'gem', 'lt', 'nachm', 'vorm', 'zz', 'zzt',
  ],
  es: ['d', 'dña', 'ud', 'uds', 'avda', 'av', 'ee', 'sto', 'sta', 'pdte', 'dir', 'depto'],
  fr: ['m', 'me', 'pr', 'ste', 'st', 'av', 'bd', 'cf', 'env', 'réf'],
  pt: ['d', 'eng', 'arq', 'av', 'pe', 'cel', 'gal', 'dep'],
  it: ['dott', 'avv', 'arch', 'geom', 'rag', 'on', 'sen', 'mons', 'gent', 'egr', 'es', 'cfr'],
  nl: ['ir', 'mr', 'drs', 'ing', 'zgn', 'mv', 'dhr'],
};

/** Abbreviations that may also close a sentence ("… and so on, etc."): decided by the next word. */
const MAY_END_SENTENCE: Record<string, readonly string[]> = {
  en: [
    'etc', 'inc', 'ltd', 'corp', 'co', 'jr', 'bros', 'plc', 'llc', 'st', 'dept', 'est', 'jan', 'feb', 'aug', 'sept', 'oct',
    'nov', 'dec', 'ave', 'blvd',
  ],
  de: ['usw', 'etc', 'mio', 'mrd', 'jh', 'jhd', 'ff', 'min', 'std', 'tsd', 'bzw'],
  es: ['etc', 'uu', 'cía', 'hnos', 'ss'],
  fr: ['etc', 'cie', 'apr', 'jc', 'mm'],
  pt: ['etc', 'ltda', 'cia', 'ss'],
  it: ['ecc', 'spa', 'srl'],
  nl: ['enz', 'bv', 'nv', 'jl', 'resp'],
};

/** Abbreviations that are followed by a number ("No. 5", "Nr. 3", "art. 12", "blz. 4"). */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'nr', 'núm', 'nº', 'n°', 'n', 'art', 'arts', 'abs', 'p', 'pp', 'pág', 'págs', 'pag', 'blz', 'vol', 'ch',
  'cap', 'sec', 'par', 'tel', 'fig', 'op', 'bd', 'kap',
]);

/** Languages that write ordinals as a number with a full stop ("am 3. Oktober"). */
const DOTTED_ORDINALS = new Set(['de']);

const titles: ReadonlySet<string> = new Set(TITLES);
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

export type AbbreviationKind = 'continues' | 'may-end' | 'before-number' | 'ordinal' | 'none';

/**
 * What kind of abbreviation a word ending in a full stop is. `word` is the last whitespace-separated token of a
 * sentence, e.g. "Mr.", "U.S.", "z.", "3.".
 */
export function abbreviationKind(word: string, language: string): AbbreviationKind {
  if (!word.endsWith('.')) return 'none';
  // Strip opening brackets and quotes, and the final full stop.
  const bare = word.replace(/^[("'“‘„«[¿¡]+/u, '').slice(0, -1).toLowerCase();
  if (!bare) return 'none';
  if (titles.has(bare) || setFor(always, ALWAYS_CONTINUES, language).has(bare)) return 'continues';
  if (setFor(mayEnd, MAY_END_SENTENCE, language).has(bare)) return 'may-end';
  // Initials and dotted initialisms: "J.", "U.S.", "e.g.", "z.", "M.", "o.a.".
  if (/^(?:\p{L}\.)*\p{L}$/u.test(bare)) return 'may-end';
  if (DOTTED_ORDINALS.has(language) && /^\d{1,3}$/.test(bare)) return 'ordinal';
  if (BEFORE_NUMBER.has(bare)) return 'before-number';
  return 'none';
}
