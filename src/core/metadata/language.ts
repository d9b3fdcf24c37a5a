// Imported by name, so the bundler leaves the package's other languages out.
import { deu, eng, fra, ita, nld, por, spa } from 'stopword';
import { scriptLanguage } from './script-language';

/**
 * The article's language, checked against its text: pages copy a template's `lang="en"` onto articles in
 * German or Spanish, which then get the wrong sentence splitter, stop words and voice. The check is by stop
 * words of the seven languages the summariser knows; it overrides the page only when the text is clearly in
 * another of them, and keeps any language it cannot judge (a page in Japanese marked `ja` stays `ja`). Text in a
 * script only one language writes (Japanese, Korean, Chinese, Greek, Hebrew, Thai) is that language (script-language.ts).
 */

const LISTS: Record<string, readonly string[]> = { en: eng, de: deu, fr: fra, es: spa, pt: por, it: ita, nl: nld };
/**
 * Below this many words a stop-word guess is unreliable and the page's own `lang` stands: on the development
 * pages of both corpora (`npx tsx bench/language-length.ts`), windows of 30 words were overridden wrongly 11
 * times in 1384, of 50 words 5 in 1080, of 80 words once in 784, of 100 words never (720).
 */
export const MIN_WORDS = 100;
const SAMPLE_WORDS = 1500;
/** The winning language's stop words must be this share of the words, and this many times the declared one's. */
const MIN_SHARE = 0.15;
const MIN_RATIO = 2;

let sets: Map<string, ReadonlySet<string>> | null = null;

function stopWordSets(): Map<string, ReadonlySet<string>> {
  sets ??= new Map(Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.map((word) => word.toLowerCase()))]));
  return sets;
}

/** Stop-word hits per language in the first words of `text`, and how many words were read. */
function hits(text: string): { counts: Map<string, number>; words: number } {
  const words = (text.slice(0, SAMPLE_WORDS * 12).toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, SAMPLE_WORDS);
  const counts = new Map<string, number>();
  for (const [lang, set] of stopWordSets()) counts.set(lang, words.reduce((n, word) => n + (set.has(word) ? 1 : 0), 0));
  return { counts, words: words.length };
}

/** `declared` (the page's lang), or the language the text is clearly written in when that differs. */
export function checkedLanguage(declared: string | null, text: string, minWords = MIN_WORDS): string | null {
  const primary = declared?.split(/[-_]/)[0]?.toLowerCase() ?? null;
  if (primary && !(primary in LISTS)) return declared;
  // A page marked with a Latin-script language (or none) whose text is in a script of one language.
  const byScript = scriptLanguage(text);
  if (byScript) return byScript;
  const { counts, words } = hits(text);
  if (words < minWords) return declared;
  const [best, bestHits] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  if (best === primary || bestHits < MIN_SHARE * words) return declared;
  if (primary && bestHits < MIN_RATIO * (counts.get(primary) ?? 0)) return declared;
  return best;
}
