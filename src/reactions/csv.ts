/**
 * CSV export for spreadsheets (RFC 4180): CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled. Cells a spreadsheet would run as a formula (starting with =, +, -, @, or a tab or carriage
 * return that some spreadsheets skip before one) get a leading apostrophe, so a hostile title stays text.
 * Column names and reaction values are stable identifiers, the same in every language.
 */
import type { ReactionRecord } from './record';

export const CSV_COLUMNS = ['reaction', 'title', 'site', 'url', 'canonical_url', 'lead_image', 'first_saved', 'last_changed'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, defused and escaped. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = "'" + text;
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
