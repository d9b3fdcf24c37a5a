/**
 * The name in a byline as pages write it: "By Jane Doe | March 3, 2024" is "Jane Doe", "Posted on March 3 by
 * Ann Berg" is "Ann Berg", "by janus2nd Sep 2022AI Alignment Forum" (a header line read without its spaces) is
 * "janus", "Jane Smith, Vice President, Example Corp" is "Jane Smith". A line that names nobody ("Posted on",
 * "Published May 22, 2026", ". .") or reads as a sentence (an author bio box: "Ann Berg writes about health.")
 * is no byline. A name in capitals is shown in title case.
 */
import { normalizeSpace } from '../text';
import { LINE_WORDS, MONTHS, tokens } from './line-words';
import { dateOfLine } from './heading-date';
import { isLine, nearHeading } from './near-heading';

const MAX_BYLINE_CHARS = 100;
const MAX_LINE_CHARS = 160;

/** "by" before a name, in the languages the line words cover. */
const BY = /(?:^|[\s(])(?:by|von|par|por|di|door|written by|posted by)\s+/giu;

/**
 * Where a header line goes on past the name: another role ("Edited by …"), a separator, or a date (even glued to
 * the name, "janus2nd Sep").
 */
const MONTH = MONTHS.split(' ').join('|');
const ROLES = new Set(['edited', 'photo', 'photos', 'photographs', 'illustration', 'illustrations', 'graphics', 'translated', 'reviewed', 'fact-checked']);
const TAIL = new RegExp(
  `\\s(?:${[...ROLES].join('|')})\\s+by\\b|\\s[|•·–—/-]\\s|\\s[|•·]|\\d{1,2}(?:st|nd|rd|th|\\.)?\\s*(?:${MONTH})\\b|\\b(?:${MONTH})\\.?\\s+\\d{1,2}\\b|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|(?:19|20)\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b`,
  'iu',
);

/**
 * Words of a job title, which follow the name after a comma ("Jane Smith, Senior Fellow"), in the languages the
 * line words cover.
 */
const JOB_WORDS = new Set(
  ('president vice director editor reporter correspondent writer columnist contributor contributing scientist fellow professor ' +
    'officer manager founder cofounder co ceo cto cfo coo vp svp evp head chief senior lead principal staff analyst researcher engineer ' +
    'journalist photographer producer partner associate assistant intern member chair chairman chairwoman dean lecturer ' +
    'redakteur redakteurin korrespondent korrespondentin autor autorin journalistin rédacteur rédactrice journaliste correspondant ' +
    'redactor redactora periodista corresponsal giornalista redattore redattrice correspondente jornalista').split(' '),
);

/** Particles of names, which are written in lower case ("Ludwig van Beethoven", "Maria da Silva"). */
const NAME_PARTICLES = new Set('van von der den de del della di da das dos du le la los las bin ibn al el y e and und et'.split(' '));

export function cleanByline(raw: string | null | undefined): string | null {
  // A box with a sentence in it is an author's bio ("Ann Berg" / "Ann writes about the sea."), not a byline.
  if (hasSentence(normalizeSpace(raw))) return null;
  let text = firstLine(raw ?? '');
  if (!text || text.length > 2 * MAX_BYLINE_CHARS) return null;
  text = afterLeadIn(text);
  const tail = TAIL.exec(text);
  // Cut where the line goes on past the name, with the lead-in words of what was cut ("…, publié le").
  if (tail && tail.index > 0) text = withoutTrailingLineWords(text.slice(0, tail.index));
  text = withoutJobTitles(text).replace(/^[\s,;:|•·–—-]+|[\s,;:|•·–—(-]+$/gu, '');
  if (!text || text.length > MAX_BYLINE_CHARS) return null;
  const words = tokens(text);
  // Nobody named: only lead-in words, months and numbers are left ("Posted on", "Published").
  if (!words.some((word) => !LINE_WORDS.has(word) && !/^\d+$/.test(word))) return null;
  if (readsAsSentence(text)) return null;
  return text === text.toUpperCase() ? titleCase(text) : text;
}

/** A name in capitals in title case, words of more than three letters only ("TMZ STAFF" is "TMZ Staff"). */
const titleCase = (name: string): string => name.replace(/\p{L}{4,}/gu, (word) => word[0] + word.slice(1).toLowerCase());

/**
 * The name of a byline line beside the headline ("Posted on October 28, 2020 by apgoucher"), for a page whose
 * metadata names nobody: a line with "by" and nothing but lead-in words or a date before it, or, beside a date
 * line, a line of names only that cleaning cut job titles from or that names several people.
 */
export function bylineNearHeading(heading: Element): string | null {
  return nearHeading(heading, (el) => {
    const text = isLine(el) ? normalizeSpace(el.textContent) : '';
    if (!text || text.length > MAX_LINE_CHARS) return null;
    const name = afterLeadIn(text);
    if (name !== text) return cleanByline(name);
    // Without "by", only a line that cleaning cut (job titles) or that names several people reads as names.
    const byline = besideDateLine(el) ? namesOnly(cleanByline(text)) : null;
    return byline && (byline !== text || byline.includes(',')) ? byline : null;
  });
}

/**
 * Whether a line and a date line are the two lines of one header box ("March 24, 2026" / "Jane Smith, Research
 * Scientist"): there a line without "by" is the author's.
 */
function besideDateLine(el: Element): boolean {
  return [el.previousElementSibling, el.nextElementSibling].some((line) => !!line && isLine(line) && dateOfLine(line.textContent ?? '') !== null);
}

/** A byline that is only names: capitalised words (and the particles of names), two to four to each name. */
function namesOnly(byline: string | null): string | null {
  const names = byline?.split(/\s*,\s*|\s+(?:and|und|et|y|e|&)\s+/u) ?? [];
  const isName = (name: string): boolean => {
    const words = name.split(/\s+/);
    return words.length >= 2 && words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word));
  };
  return names.length > 0 && names.every(isName) ? byline! : null;
}

/**
 * A byline box written on several lines gives its name on the first ("By Ann Berg" / "March 25, 2015",
 * "By Ann Berg, MA" / "Health News"); a line that is only a lead-in ("By") goes with the next.
 */
function firstLine(raw: string): string {
  const lines = raw.split(/\n/).map(normalizeSpace).filter(Boolean);
  let line = lines.shift() ?? '';
  while (lines.length > 0 && tokens(line).every((word) => LINE_WORDS.has(word))) line += ' ' + lines.shift();
  return line;
}

/** What follows "by" when everything before it is lead-in words or a date ("Posted on March 3, 2024 by"). */
function afterLeadIn(text: string): string {
  for (const match of text.matchAll(BY)) {
    const before = tokens(text.slice(0, match.index));
    if (before.every((word) => LINE_WORDS.has(word) || /^\d+(?:st|nd|rd|th)?$/.test(word))) return text.slice(match.index + match[0].length);
  }
  return text;
}

/** Drops the lead-in words left at the end of a cut line ("Jean Dupont, publié le", "Ann Berg, updated"). */
function withoutTrailingLineWords(text: string): string {
  const words = text.split(' ');
  while (words.length > 1 && tokens(words.at(-1)!).every((word) => LINE_WORDS.has(word))) words.pop();
  return words.join(' ').replace(/[\s,;:|•·–—(-]+$/u, '');
}

/** Drops each comma-separated part that is a job title, and the organisation parts after it, up to the next "and". */
function withoutJobTitles(text: string): string {
  const parts = text.split(/\s*,\s*/);
  if (parts.length < 2) return text;
  const kept: string[] = [];
  let inTitle = false;
  for (const [i, part] of parts.entries()) {
    const nextName = /^(?:and|&|und|et|y|e)\s+/i.exec(part);
    if (nextName) inTitle = false;
    const name = nextName ? part.slice(nextName[0].length) : part;
    if (i > 0 && tokens(name).some((word) => JOB_WORDS.has(word))) inTitle = true;
    if (!inTitle && name) kept.push(name);
  }
  return kept.join(', ');
}

/** A sentence's end after a lower-case word, in more than four words ("Ann writes about the sea."). */
const hasSentence = (text: string): boolean => /\p{Ll}{2,}[.!?](?:\s|$)/u.test(text) && text.split(' ').length > 4;

/**
 * A bio or a caption, not a name: a sentence's end after a lower-case word ("… goes here."), or three or more
 * lower-case words that are no particles of names ("grand theft eigenvalue").
 */
function readsAsSentence(text: string): boolean {
  if (hasSentence(text)) return true;
  const lower = text.split(/\s+/).filter((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word) && !LINE_WORDS.has(word) && !ROLES.has(word));
  return lower.length >= 3;
}
