/**
 * Whether a sentence can open the key points: one that starts with a pronoun, a demonstrative or a connective
 * ("He said…", "But…", "Cette décision…") leans on a sentence before it, and one that opens with a quotation
 * needs its speaker. Such sentences may be later points, never the first.
 */
import { isSupportedLanguage, type SupportedLanguage } from './language';

/** Openers that refer back, lower-case. Articles that double as pronouns (Dutch "het", German "das") are left out. */
const LEANING_OPENERS: Record<SupportedLanguage, readonly string[]> = {
  en: [
    'he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'him', 'them', 'such',
    'but', 'and', 'also', 'however', 'meanwhile', 'still', 'yet', 'so', 'then', 'there', 'here', 'instead', 'thus',
    'therefore', 'moreover', 'furthermore', 'besides', 'likewise', 'similarly', 'later', 'afterwards', 'otherwise',
    'indeed', 'nevertheless', 'nonetheless', 'again', 'both',
  ],
  de: [
    'er', 'sie', 'es', 'dies', 'diese', 'dieser', 'dieses', 'dabei', 'dazu', 'damit', 'daher', 'deshalb', 'aber', 'und',
    'auch', 'doch', 'jedoch', 'trotzdem', 'außerdem', 'zudem', 'sein', 'seine', 'ihr', 'ihre', 'ihm', 'ihnen', 'dort',
    'dann', 'so', 'darauf', 'danach',
  ],
  fr: [
    'il', 'elle', 'ils', 'elles', 'ce', 'cet', 'cette', 'ces', 'cela', 'ça', 'celui', 'celle', 'ceux', 'mais', 'et',
    'aussi', 'pourtant', 'cependant', 'toutefois', 'donc', 'ainsi', 'alors', 'puis', 'ensuite', 'son', 'sa', 'ses',
    'leur', 'leurs', 'lui', 'là', 'néanmoins', 'or',
  ],
  es: [
    'él', 'ella', 'ellos', 'ellas', 'esto', 'este', 'esta', 'estos', 'estas', 'eso', 'ese', 'esa', 'pero', 'y',
    'también', 'además', 'así', 'entonces', 'luego', 'su', 'sus', 'allí', 'ahí', 'sin embargo', 'no obstante',
  ],
  pt: [
    'ele', 'ela', 'eles', 'elas', 'isso', 'isto', 'este', 'esta', 'estes', 'estas', 'esse', 'essa', 'mas', 'e',
    'também', 'porém', 'contudo', 'além', 'assim', 'então', 'depois', 'seu', 'sua', 'seus', 'suas', 'lá',
  ],
  it: [
    'lui', 'lei', 'loro', 'egli', 'essa', 'esso', 'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'ma',
    'e', 'anche', 'però', 'tuttavia', 'inoltre', 'così', 'quindi', 'poi', 'suo', 'sua', 'suoi', 'sue', 'lì', 'là',
  ],
  nl: [
    'hij', 'zij', 'ze', 'dit', 'deze', 'dat', 'maar', 'en', 'ook', 'echter', 'toch', 'bovendien', 'daarom', 'dus',
    'toen', 'daar', 'hier', 'zijn', 'haar', 'hun', 'hem',
  ],
};

const OPENING_QUOTE = /^[“"„«‘‚'»]/u;
const FIRST_WORDS = /^[\p{L}’']+(?:\s+[\p{L}’']+)?/u;

const openers = new Map<string, ReadonlySet<string>>();

function openersOf(language: string): ReadonlySet<string> {
  let set = openers.get(language);
  if (!set) {
    set = new Set(isSupportedLanguage(language) ? LEANING_OPENERS[language] : []);
    openers.set(language, set);
  }
  return set;
}

export function standsAlone(sentence: string, language: string): boolean {
  if (OPENING_QUOTE.test(sentence)) return false;
  const words = FIRST_WORDS.exec(sentence)?.[0].toLowerCase();
  if (!words) return true;
  const set = openersOf(language);
  const first = words.split(/\s+/)[0]!;
  return !set.has(first) && !set.has(words);
}
