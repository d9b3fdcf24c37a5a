import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/core/sanitize';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const clean = (html: string) => sanitizeHtml(html, win);

describe('sanitizeHtml keeps what a reader needs', () => {
  it('keeps direction, language and table structure', () => {
    expect(clean('<p dir="rtl" lang="ar">نص</p>')).toBe('<p dir="rtl" lang="ar">نص</p>');
    expect(clean('<table><tr><th scope="col" colspan="2">a</th></tr></table>')).toContain('<th scope="col" colspan="2">a</th>');
  });

  it('keeps image sizes, dates, list starts and math attributes', () => {
    expect(clean('<img src="https://a.test/b.png" width="100" height="50" alt="b">')).toBe(
      '<img src="https://a.test/b.png" width="100" height="50" alt="b">',
    );
    expect(clean('<time datetime="2025-01-30">30 Jan</time>')).toContain('datetime="2025-01-30"');
    expect(clean('<ol start="3" reversed=""><li>x</li></ol>')).toContain('start="3"');
    expect(clean('<math display="block"><mi mathvariant="bold">x</mi></math>')).toContain('display="block"');
  });

  it('keeps whitespace in code blocks', () => {
    expect(clean('<pre><code>if (a) {\n    b();\n}</code></pre>')).toBe('<pre><code>if (a) {\n    b();\n}</code></pre>');
  });

  it('still holds URL attributes to web, mail and in-page links', () => {
    expect(clean('<a href=" JaVaScRiPt:alert(1)">j</a>')).toBe('<a>j</a>');
    expect(clean('<blockquote cite="javascript:alert(1)">q</blockquote>')).toBe('<blockquote>q</blockquote>');
    expect(clean('<img src="javascript:alert(1)" alt="x">')).toBe('<img alt="x">');
    expect(clean('<a href="https://a.test/">a</a>')).toBe('<a href="https://a.test/" target="_blank" rel="noopener noreferrer">a</a>');
  });

  it('shows a formula once: the MathML, not the hidden rendering beside it', () => {
    const katex =
      '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow>' +
      '<annotation encoding="application/x-tex">x^2</annotation></semantics></math></span>' +
      '<span class="katex-html" aria-hidden="true"><span>x</span><span>2</span></span></span>';
    const out = clean(`<p>Area ${katex} grows.</p>`);
    expect(out).toContain('<msup><mi>x</mi><mn>2</mn></msup>');
    expect(out).not.toContain('x^2');
    expect(out).not.toContain('<span>x</span>');
    const wiki =
      '<span><span style="display:none"><math><mi>π</mi></math></span>' +
      '<img src="https://a.test/pi.svg" aria-hidden="true" alt="{\\displaystyle \\pi }"></span>';
    expect(clean(wiki)).not.toContain('<img');
  });

  it('keeps an aria-hidden image that is not beside a formula', () => {
    expect(clean('<p><img src="https://a.test/d.png" aria-hidden="true" alt=""> text</p>')).toContain('<img');
  });
});
