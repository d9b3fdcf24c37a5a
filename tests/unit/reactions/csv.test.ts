import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/reactions/csv';
import { recordFor, URL_A } from '../../harness/storage';

/** A small RFC 4180 reader, to prove the output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('leaves plain cells alone', () => {
    expect(csvCell('Plain title')).toBe('Plain title');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('quotes cells with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('Rates, taxes and you')).toBe('"Rates, taxes and you"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('carriage\rreturn')).toBe('"carriage\rreturn"');
  });

  it('defuses formula injection with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-2 + 3')).toBe("'-2 + 3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a header and one CRLF-terminated line per record that parse back to the same values', () => {
    const record = recordFor(URL_A, {
      title: '=cmd|" /C calc"!A0, "quoted", and\nnewline',
      site: '@Site, Inc.',
      leadImage: 'https://img.example/a.jpg',
      reaction: 'funny',
      savedAt: Date.UTC(2025, 0, 30),
      updatedAt: Date.UTC(2025, 1, 1, 8, 30),
    });
    const text = toCsv([record]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['reaction', 'title', 'site', 'url', 'canonical_url', 'lead_image', 'first_saved', 'last_changed'],
      ['funny', '\'=cmd|" /C calc"!A0, "quoted", and\nnewline', "'@Site, Inc.", record.url, URL_A, 'https://img.example/a.jpg', '2025-01-30T00:00:00.000Z', '2025-02-01T08:30:00.000Z'],
    ]);
  });

  it('an empty library is just the header', () => {
    expect(toCsv([])).toBe('reaction,title,site,url,canonical_url,lead_image,first_saved,last_changed\r\n');
  });
});
