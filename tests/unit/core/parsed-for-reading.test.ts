/**
 * `parsedForReading`: markup parsed to be read (the summariser's blocks where the page's copy of the body is gone),
 * through the window's one purifier with its hooks left out for the call, and put back after it.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleBlocks, parsedForReading, sanitizeHtml } from '../../../src/core';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

const MARKUP =
  '<p class="lead">A first paragraph that is long enough.<sup><a href="#fn1">1</a></sup></p>' +
  '<ol class="footnotes"><li id="fn1">A note. <a href="#ref1">↩</a></li></ol>' +
  '<script>alert(1)</script><img src="x" onerror="alert(1)">';

describe('parsedForReading', () => {
  it('keeps the names, ids and in-page links the reading goes by, and drops scripts and handlers', () => {
    const body = parsedForReading(MARKUP, win);
    expect(body.querySelector('ol')?.getAttribute('class')).toBe('footnotes');
    expect(body.querySelector('li')?.id).toBe('fn1');
    expect(body.querySelector('sup a')?.getAttribute('href')).toBe('#fn1');
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    // The blocks are those of the body itself: the note is a footnote by its list's name, its mark is no text.
    const original = new JSDOM(`<!doctype html><body>${MARKUP}</body>`).window.document.body;
    expect(articleBlocks(body)).toEqual(articleBlocks(original));
    expect(articleBlocks(body)).toEqual([
      { kind: 'paragraph', text: 'A first paragraph that is long enough.' },
      { kind: 'footnote', text: 'A note.' },
    ]);
  });

  it('leaves the sanitiser as it was: its hooks are back after the call', () => {
    const before = sanitizeHtml(MARKUP, win);
    parsedForReading(MARKUP, win);
    const after = sanitizeHtml(MARKUP, win);
    expect(after).toBe(before);
    // The hooks at work: in-page links follow the prefixed ids, and only the extraction's own classes stay.
    expect(after).toContain('href="#user-content-fn1"');
    expect(after).not.toContain('footnotes');
  });
});
