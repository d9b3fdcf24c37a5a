import { describe, expect, it } from 'vitest';
import { couldRunAsFormula, csvCell, toCsv } from '../../../src/reactions/csv';
import { parseCsv } from '../../harness/csv';
import { recordFor, URL_A } from '../../harness/storage';

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

describe('couldRunAsFormula (OWASP CSV injection)', () => {
  it('catches a formula after whitespace, controls, quotes or separators, and in full-width forms', () => {
    for (const lead of ['', ' ', '\n', '\u00A0', '\u3000', '\u200B', ';', '"', "'"]) {
      for (const trigger of ['=', '+', '-', '@', '＝', '＋', '－', '＠']) expect(couldRunAsFormula(`${lead}${trigger}1+1`), JSON.stringify(lead + trigger)).toBe(true);
    }
    expect(couldRunAsFormula('\t1')).toBe(true);
    expect(csvCell('\u3000=1+1')).toBe("'\u3000=1+1");
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Plain title', '2025-01-30T09:12:00.000Z', 'https://a.example/?q=1', 'A - B', 'x@y.example', '']) expect(couldRunAsFormula(text), text).toBe(false);
  });
});
