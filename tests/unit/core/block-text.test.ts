import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockText } from '../../../src/core/block-text';

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
