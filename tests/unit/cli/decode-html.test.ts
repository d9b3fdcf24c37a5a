import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/cli/decode-html';
import { FIXTURES_DIR } from '../../harness/fixtures';

describe('decodeHtml', () => {
  it('reads an ISO-8859-1 page by its http-equiv declaration (as windows-1252, the way browsers do)', () => {
    const { html, encoding } = decodeHtml(readFileSync(FIXTURES_DIR + 'encoding/iso-8859-1.html'));
    expect(encoding).toBe('windows-1252');
    expect(html).toContain('Grüne Brücken über die Förde');
    expect(html).toContain('Fußgängerbrücken');
    expect(html).not.toContain('\uFFFD');
  });

  it('reads a Shift_JIS page', () => {
    const { html, encoding } = decodeHtml(readFileSync(FIXTURES_DIR + 'encoding/shift_jis.html'));
    expect(encoding).toBe('Shift_JIS');
    expect(html).toContain('港町に新しい図書館が開館');
    expect(html).not.toContain('\uFFFD');
  });

  it('takes <meta charset>, lets a byte order mark win over it, and defaults as the HTML standard says', () => {
    const latin = Uint8Array.from([...Buffer.from('<meta charset="iso-8859-1"><p>'), 0xfc]);
    expect(decodeHtml(latin).html).toBe('<meta charset="iso-8859-1"><p>ü');
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('<meta charset="shift_jis"><p>ü')]);
    expect(decodeHtml(bom)).toEqual({ html: '<meta charset="shift_jis"><p>ü', encoding: 'UTF-8' });
    expect(decodeHtml(Uint8Array.from([...Buffer.from('<p>'), 0xe9])).html).toBe('<p>é');
  });

  it('uses an encoding the caller knows from elsewhere when the page has no BOM', () => {
    expect(decodeHtml(Uint8Array.from([0xc3, 0xa9]), 'utf-8').html).toBe('é');
  });
});

describe('a saved file whose declaration is stale', () => {
  it('is read as UTF-8 when it declares a legacy encoding but its bytes are valid UTF-8', () => {
    const bytes = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>人工智能迈上新台阶</title>');
    expect(decodeHtml(bytes)).toEqual({ html: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>人工智能迈上新台阶</title>', encoding: 'UTF-8' });
  });
});
