import { describe, expect, it } from 'vitest';
import { parseHtml, stripInlineStyles } from '../../../src/cli/parse-html';

describe('parseHtml', () => {
  it('parses a page whose inline style jsdom cannot parse, dropping only that style', () => {
    const html = '<html><body><div id="a" style="height: calc(($a - $b) / 16 * 9)">kept</div><p id="b" style="color: red">x</p></body></html>';
    const { document } = parseHtml(html, 'https://news.example/');
    expect(document.getElementById('a')?.textContent).toBe('kept');
    expect(document.getElementById('a')?.hasAttribute('style')).toBe(false);
    expect(document.getElementById('b')?.getAttribute('style')).toBe('color: red');
  });

  it('strips only the style attributes that match', () => {
    expect(stripInlineStyles(`<a style="x: calc(1px)" href="/"><b style='color:red'>`, /calc\(/)).toBe(`<a href="/"><b style='color:red'>`);
  });
});
