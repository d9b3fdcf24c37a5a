import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/core';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const clean = (html: string) => sanitizeHtml(html, win);

describe('sanitizeHtml', () => {
  it('removes scripts, handlers, styles, frames and forms', () => {
    const out = clean(
      '<p onclick="x()" style="position:fixed">a<script>alert(1)</script></p><iframe srcdoc="<script>1</script>"></iframe><form><input></form><style>*{}</style><object data="x"></object>',
    );
    expect(out).toBe('<p>a</p>');
  });

  it('drops javascript: and data:text/html links in any spelling', () => {
    for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x']) {
      expect(clean(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
    }
  });

  it('opens web links in a new tab without opener or referrer', () => {
    expect(clean('<a href="https://example.org/x">x</a>')).toBe('<a href="https://example.org/x" target="_blank" rel="noopener noreferrer">x</a>');
  });

  it('keeps footnote anchors working after prefixing ids against DOM clobbering', () => {
    expect(clean('<a href="#fn1">1</a><p id="fn1">note</p>')).toBe('<a href="#user-content-fn1">1</a><p id="user-content-fn1">note</p>');
  });

  it('keeps reading structure: figures, tables, code, math', () => {
    const html = '<figure><img src="https://i.example/a.jpg" alt="a"><figcaption>c</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table><pre><code>  x = 1\n</code></pre><math><mi>x</mi></math>';
    expect(clean(html)).toBe(html);
  });
});
