import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/core';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const clean = (html: string) => sanitizeHtml(html, win);

describe('sanitizeHtml and classes', () => {
  it('keeps only the classes extraction writes: code languages, TeX formulas, embed cards, callouts', () => {
    expect(clean('<pre><code class="language-python hljs x">a</code></pre>')).toBe('<pre><code class="language-python">a</code></pre>');
    expect(clean('<code class="language-math math-inline">x^2</code>')).toBe('<code class="language-math math-inline">x^2</code>');
    expect(clean('<figure class="embed embed-youtube wp-block-embed"><p>v</p></figure>')).toBe('<figure class="embed embed-youtube"><p>v</p></figure>');
    expect(clean('<div class="callout callout-tip admonition">t</div>')).toBe('<div class="callout callout-tip">t</div>');
  });

  it('drops every other class, and the attribute when nothing is left', () => {
    expect(clean('<p class="ad-slot sponsored">a</p>')).toBe('<p>a</p>');
    expect(clean('<span class="language-">a</span>')).toBe('<span>a</span>');
    expect(clean('<span class="language-x&quot;onload">a</span>')).toBe('<span>a</span>');
  });

  it('keeps the TeX of a formula and its layout attributes, not its annotations', () => {
    expect(clean('<math alttext="x^2" display="block"><semantics><msup><mi>x</mi><mn>2</mn></msup><annotation encoding="application/x-tex">x^2</annotation></semantics></math>')).toBe(
      '<math alttext="x^2" display="block"><semantics><msup><mi>x</mi><mn>2</mn></msup></semantics></math>',
    );
  });
});
