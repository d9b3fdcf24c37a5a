/**
 * CSV export for spreadsheets (RFC 4180): CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled. Column names and reaction values are stable identifiers, the same in every language.
 *
 * Cells a spreadsheet could run as a formula get a leading apostrophe, so a hostile title stays text (OWASP
 * "CSV Injection"): one that starts with = + - @, a tab or a carriage return; and, since spreadsheets skip
 * some characters before reading a formula and fold full-width forms (＝ is =), one whose first character
 * after any whitespace, control or format characters, quotes and separators is = + - @ once folded (NFKC).
 */
import type { ReactionRecord } from './record';

export const CSV_COLUMNS = ['reaction', 'title', 'site', 'url', 'canonical_url', 'lead_image', 'first_saved', 'last_changed'] as const;

const FORMULA_START = /^[=+\-@\t\r\n]/;
/** What may come before a formula and still leave it one: whitespace, controls, format characters, quotes, separators. */
const SKIPPED_BEFORE_FORMULA = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Z}"';,]+/u;

/** Whether a spreadsheet could read `text` as a formula. */
export function couldRunAsFormula(text: string): boolean {
  if (FORMULA_START.test(text)) return true;
  const folded = text.normalize('NFKC');
  return FORMULA_START.test(folded.replace(SKIPPED_BEFORE_FORMULA, '')) || FORMULA_START.test(folded);
}

/** One cell, defused and escaped. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (couldRunAsFormula(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(',');
}

const iso = (time: number) => new Date(time).toISOString();

/** The library as CSV text (without a byte-order mark; the download adds one for spreadsheet programs). */
export function toCsv(records: readonly ReactionRecord[]): string {
  const rows = [csvRow(CSV_COLUMNS)];
  for (const r of records) {
    rows.push(csvRow([r.reaction, r.title, r.site, r.url, r.key, r.leadImage, iso(r.savedAt), iso(r.updatedAt)]));
  }
  return rows.join('\r\n') + '\r\n';
}
