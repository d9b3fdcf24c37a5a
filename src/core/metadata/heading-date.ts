/**
 * The publication date a page prints beside its headline and nowhere in its metadata: a short line just above or
 * below the `<h1>` that is a date and nothing else but lead-in words ("May 22, 2026", "Published 3 March 2024",
 * "Veröffentlicht am 03.03.2024"), or a `<time datetime>` there (near-heading.ts says how near).
 */
import { normalizeSpace } from '../text';
import { LINE_WORDS, tokens } from './line-words';
import { MONTH_OF } from './months';
import { isLine, nearHeading } from './near-heading';

const MAX_LINE_CHARS = 80;

const MONTH = [...MONTH_OF.keys()].join('|');

/** Written dates: "March 3, 2024", "3 March 2024", "3. März 2024", "2024-03-03", "03.03.2024". */
const WRITTEN_DATES: Array<{ pattern: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }> = [
  { pattern: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu'), parts: (m) => [m[3]!, m[1]!, m[2]!] },
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.|er)?\\s+(?:de\\s+)?(${MONTH})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu'), parts: (m) => [m[3]!, m[2]!, m[1]!] },
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, parts: (m) => [m[3]!, m[2]!, m[1]!] },
];

/** A date as `YYYY-MM-DD`, or null when the numbers are no calendar day. */
function isoDay(year: string, month: string, day: string): string | null {
  const m = /^\d+$/.test(month) ? Number(month) : MONTH_OF.get(month.toLowerCase());
  const y = Number(year);
  const d = Number(day);
  if (!m || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date a short line consists of, lead-in words aside; null when the line says anything else. */
export function dateOfLine(line: string): string | null {
  const text = normalizeSpace(line);
  if (text.length > MAX_LINE_CHARS) return null;
  for (const { pattern, parts } of WRITTEN_DATES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = tokens(text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length));
    if (!rest.every((word) => LINE_WORDS.has(word))) return null;
    return isoDay(...parts(match));
  }
  return null;
}

function dateOf(el: Element): string | null {
  if (el.localName === 'time') {
    const stamp = el.getAttribute('datetime');
    if (stamp && /^\d{4}-\d{2}-\d{2}/.test(stamp.trim())) return stamp.trim();
  }
  return !isLine(el) ? null : dateOfLine(el.textContent ?? '');
}

export const dateNearHeading = (heading: Element): string | null => nearHeading(heading, dateOf);
