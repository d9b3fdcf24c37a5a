/**
 * The language a text's writing system names on its own: Japanese kana, Korean Hangul, Chinese characters
 * without kana, Greek, Hebrew, Thai. Pages copy a template's `lang="en"` onto articles in these scripts too,
 * and stop words cannot tell (language.ts knows Latin-script languages only). Scripts several languages share
 * (Cyrillic, Arabic, Devanagari) name none: a wrong guess there is worse than the page's word.
 * Thresholds set by hand, not tuned on any corpus.
 */

/** Letters of the sample read. */
const SAMPLE_CHARS = 4000;
/** Fewer letters than this in one script decide nothing. */
const MIN_LETTERS = 20;
/** The script must write this share of the text's letters. */
const MIN_SHARE = 0.5;
/** Kana among Chinese characters make the text Japanese (Japanese writes particles and endings in kana). */
const MIN_KANA_SHARE = 0.05;

const SCRIPTS: [lang: string, letters: RegExp][] = [
  ['ko', /\p{Script=Hangul}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['th', /\p{Script=Thai}/gu],
];

export function scriptLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = count(sample, /\p{L}/gu);
  if (letters < MIN_LETTERS) return null;
  const kana = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(sample, /\p{Script=Han}/gu);
  if (kana + han >= MIN_SHARE * letters && kana + han >= MIN_LETTERS) return kana >= MIN_KANA_SHARE * (kana + han) ? 'ja' : 'zh';
  for (const [lang, pattern] of SCRIPTS) {
    const n = count(sample, pattern);
    if (n >= MIN_LETTERS && n >= MIN_SHARE * letters) return lang;
  }
  return null;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
