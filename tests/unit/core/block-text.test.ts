import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockText, sharesLine } from '../../../src/core/block-text';

function textOf(html: string): string {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  return blockText(document.body);
}

describe('blockText', () => {
  it('keeps paragraphs apart', () => {
    expect(textOf('<p>One.</p><p>Two.</p>')).toBe('One.\n\nTwo.');
  });

  it('reads a footnote mark as a word of its own, not glued to the word before it', () => {
    expect(textOf('<p>an earlier essay<sup class="ref">1</sup>, and more</p>')).toBe('an earlier essay 1 , and more');
    expect(textOf('<p>released<sup><a href="#fn2">[2]</a></sup>.</p>')).toBe('released [2] .');
    expect(textOf('<p>a claim<sup>†</sup> here</p>')).toBe('a claim † here');
  });

  it('leaves other superscripts inside their word', () => {
    expect(textOf('<p>the 19<sup>th</sup> century</p>')).toBe('the 19th century');
  });
});

describe('sharesLine', () => {
  const span = (html: string): Element => new JSDOM(`<body>${html}</body>`).window.document.getElementById('s')!;

  it('is true beside text or an inline element, spaces and comments passed over', () => {
    expect(sharesLine(span('<div>Seats: <span id="s">412</span></div>'))).toBe(true);
    expect(sharesLine(span('<div><span id="s">412</span> <!-- x --> <a href="/">more</a></div>'))).toBe(true);
  });

  it('is false between blocks, line breaks or nothing', () => {
    expect(sharesLine(span('<div><div>Prose.</div>\n<span id="s">412</span>\n<ul><li>x</li></ul></div>'))).toBe(false);
    expect(sharesLine(span('<div><br><span id="s">412</span><br></div>'))).toBe(false);
    expect(sharesLine(span('<div><span id="s">412</span></div>'))).toBe(false);
  });
});
