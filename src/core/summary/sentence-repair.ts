import { abbreviationKind } from './abbreviations';
import { stopWordsFor } from './stop-words';

/**
 * Repairs Intl.Segmenter's sentence segments (raw, with their whitespace) of one paragraph:
 * - splits "assumed.It's" where a full stop lacks its space;
 * - moves an opening quote that the segmenter left at the end of a sentence ("assumed.“It’s") to the next one;
 * - joins segments broken after an abbreviation ("Mr. | Smith", "U.S. | Senate", "z. | B.", "am 3. | Oktober")
 *   or a list number ("1. | Cut costs.").
 */
export function repairSegments(segments: readonly string[], language: string): string[] {
  const split = segments.flatMap((segment) => splitMissingSpaces(segment, language));
  const quoted = moveOpeningQuotes(split, language);
  return joinAbbreviations(quoted, language);
}

/** A lower-case word of two letters or more, a full stop, an optional closing quote, then a capitalised word. */
const MISSING_SPACE = /(?<=\p{Ll}{2}[.!?][”’"'»)]?)(?=[“"„«‘]?\p{Lu}\p{Ll})/gu;

function splitMissingSpaces(segment: string, language: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of segment.matchAll(MISSING_SPACE)) {
    const at = match.index;
    if (!isSentenceGap(segment, at, language)) continue;
    parts.push(segment.slice(start, at));
    start = at;
  }
  parts.push(segment.slice(start));
  return parts;
}

/** Whether position `at` (just after the stop) sits inside ordinary words, not a URL, e-mail or abbreviation. */
function isSentenceGap(segment: string, at: number, language: string): boolean {
  const tokenStart = segment.lastIndexOf(' ', at) + 1;
  const tokenEnd = segment.indexOf(' ', at);
  const token = segment.slice(tokenStart, tokenEnd === -1 ? undefined : tokenEnd);
  if (/[/@]|www\.|\.(?:com|org|net)\b/i.test(token)) return false;
  const before = segment.slice(tokenStart, at).replace(/[”’"'»)]$/u, '');
  return abbreviationKind(before, language) === 'none';
}

/** Opening quotation marks by language; German closes with “ and ‘, so those open only elsewhere. */
function openingQuotes(language: string): string {
  return language === 'de' ? '„‚»' : '“‘«„‚';
}

function moveOpeningQuotes(segments: string[], language: string): string[] {
  const openers = openingQuotes(language);
  const out = [...segments];
  for (let i = 0; i < out.length - 1; i++) {
    const segment = out[i]!;
    // Only a quote glued to the next sentence ("assumed.“It’s"): a quote followed by a space closes this one.
    const match = /[.!?…]([“‘«„‚"]+)$/u.exec(segment);
    if (!match) continue;
    const quotes = match[1]!;
    const isOpener = [...quotes].every((q) => (q === '"' ? countOf(segment, '"') % 2 === 1 : openers.includes(q)));
    if (!isOpener) continue;
    out[i] = segment.slice(0, -quotes.length);
    out[i + 1] = quotes + out[i + 1]!;
  }
  return out;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (const c of text) if (c === char) count++;
  return count;
}

function joinAbbreviations(segments: string[], language: string): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    const previous = out[out.length - 1];
    if (previous !== undefined && continuesAfterAbbreviation(previous, segment, language)) {
      out[out.length - 1] = previous + segment;
    } else {
      out.push(segment);
    }
  }
  return out;
}

/** A list number or letter on its own ("1.", "2)", "b."): the item follows it. */
const LIST_MARKER = /^\s*(?:\d{1,2}|\p{Ll})[.)]\s*$/u;

function continuesAfterAbbreviation(previous: string, next: string, language: string): boolean {
  if (LIST_MARKER.test(previous)) return true;
  const lastWord = previous.trimEnd().split(/\s+/).pop() ?? '';
  switch (abbreviationKind(lastWord, language)) {
    case 'continues':
      return true;
    case 'before-number':
      return /^\s*\d/.test(next);
    case 'may-end':
      return continuesInitials(next) || !startsNewSentence(next, language);
    case 'ordinal':
      // "am 12. | September", "Am 12. | Bis 13. September": two words are no sentence.
      return wordCount(previous) <= 2 || !startsNewSentence(next, language);
    case 'none':
      return endsQuestionBeforeSpeechTag(previous, next);
  }
}

/** "J. | R. R. Tolkien", "z. | B.": the next segment opens with another initial. */
function continuesInitials(next: string): boolean {
  return /^\s*\p{L}\./u.test(next);
}

/** "“Why?” | he asked.": a question or exclamation in quotes followed by a lower-case speech tag. */
function endsQuestionBeforeSpeechTag(previous: string, next: string): boolean {
  return /[?!][”’"'»]\s*$/u.test(previous) && /^\s*\p{Ll}/u.test(next);
}

/**
 * After an ambiguous abbreviation, a sentence starts with a capitalised function word ("The", "Die") or a
 * quotation; a lower-case word never starts one.
 */
function startsNewSentence(next: string, language: string): boolean {
  const trimmed = next.trimStart();
  if (/^[“‘„«‚"'¿¡]/u.test(trimmed)) return true;
  const firstWord = /^\p{Lu}\p{L}*/u.exec(trimmed)?.[0];
  if (!firstWord) return false;
  return stopWordsFor(language).has(firstWord.toLowerCase());
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}
