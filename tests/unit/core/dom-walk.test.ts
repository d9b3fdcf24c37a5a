// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedLength, findElement, inDocumentOrder, measureTextUpTo, nonSpaceLength, textLongerThan } from '../../../src/core/dom-walk';
import { normalizeSpace } from '../../../src/core/text';

describe('findElement', () => {
  const doc = new DOMParser().parseFromString(
    '<main id="root"><div id="a"><p id="b"><i id="c"></i></p></div><div id="d"><span id="e"></span></div></main><p id="outside"></p>',
    'text/html',
  );
  const root = doc.getElementById('root')!;

  it('visits every element under the root in document order, and none outside it', () => {
    const seen: string[] = [];
    expect(findElement(root, (el) => (seen.push(el.id), false))).toBeNull();
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('returns the first element accepted', () => {
    expect(findElement(root, (el) => el.tagName === 'SPAN' || el.tagName === 'I')?.id).toBe('c');
  });

  it('finds nothing under an element without children', () => {
    expect(findElement(doc.getElementById('e')!, () => true)).toBeNull();
  });
});

describe('inDocumentOrder', () => {
  const doc = new DOMParser().parseFromString('<main><div id="a"><p id="b"><i id="c"></i></p></div><div id="d"></div></main>', 'text/html');
  const byId = (id: string): Element => doc.getElementById(id)!;

  it('puts ancestors before descendants and earlier siblings first, leaving its input as it was', () => {
    const given = [byId('d'), byId('c'), byId('a'), byId('b')];
    expect(inDocumentOrder(given).map((el) => el.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(given.map((el) => el.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('takes any iterable, a set too', () => {
    expect(inDocumentOrder(new Set([byId('b'), byId('a')])).map((el) => el.id)).toEqual(['a', 'b']);
  });
});

describe('text lengths without reading whole texts', () => {
  const piece = fc.constantFrom('Like', ' ', '\n\t', '\u00a0', '\u3000', '42', 'ünï', '😂', 'a b', '\u2028', '');
  const markup = fc.array(fc.tuple(fc.constantFrom('div', 'span', 'p', 'b'), fc.array(piece, { maxLength: 4 }), fc.nat(3)), { maxLength: 12 }).map((items) => {
    // Each item opens an element, writes its pieces, and closes up to `depth` levels.
    let html = '';
    const open: string[] = [];
    for (const [tag, pieces, close] of items) {
      html += `<${tag}>${pieces.join('')}`;
      open.push(tag);
      for (let i = 0; i < close && open.length; i++) html += `</${open.pop()}>`;
    }
    return html + open.reverse().map((tag) => `</${tag}>`).join('');
  });
  const parse = (html: string) => new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html').querySelector('main')!;
  const compact = (el: Element) => (el.textContent ?? '').replace(/\s/g, '').length;

  it('tells whether a text is longer than a limit, as its whole text would', () => {
    fc.assert(
      fc.property(markup, fc.nat(30), (html, max) => {
        const root = parse(html);
        expect(textLongerThan(root, max)).toBe(compact(root) > max);
      }),
    );
    expect(nonSpaceLength(' a\u00a0b\u2029c\ufeff')).toBe(3);
    expect(nonSpaceLength('a b c d e', 2)).toBe(3);
  });

  it('counts non-space characters as the \\s of a regular expression sees them, for every code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (nonSpaceLength(char) !== (/\s/.test(char) ? 0 : 1)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it("measures each element's text as normalizeSpace(textContent) would, a climb joining the level below in", () => {
    fc.assert(
      fc.property(markup, fc.nat(30), (html, max) => {
        const root = parse(html);
        for (const el of [root, ...root.querySelectorAll('*')]) {
          const whole = measureTextUpTo(el, Infinity);
          expect(collapsedLength(whole)).toBe(normalizeSpace(el.textContent).length);
          expect(measureTextUpTo(el, max).nonSpace > max).toBe(compact(el) > max);
          const parent = el.parentElement;
          if (!parent || el === root) continue;
          const joined = measureTextUpTo(parent, Infinity, { element: el, measure: whole });
          expect(collapsedLength(joined)).toBe(normalizeSpace(parent.textContent).length);
          expect(measureTextUpTo(parent, max, { element: el, measure: whole }).nonSpace > max).toBe(compact(parent) > max);
        }
      }),
    );
  });
});
