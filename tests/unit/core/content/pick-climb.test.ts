// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedLength, measureTextUpTo } from '../../../../src/core/dom-walk';
import { PickClimb } from '../../../../src/core/content/pick-climb';

const PICKED = 'The council voted on Tuesday to close the old bridge for repairs.';

describe('PickClimb', () => {
  // Nested boxes around the pick's paragraph, each adding some text of its own before and after what it holds.
  const nesting = fc.array(fc.tuple(fc.constantFrom('', ' ', 'Related', 'A longer aside with words in it.', '\n  12 comments  \n'), fc.constantFrom('', 'More', ' x ')), { minLength: 1, maxLength: 7 });

  it('answers each ancestor of the anchor as measuring it up to any limit within its reach would', () => {
    fc.assert(
      fc.property(nesting, fc.constantFrom(0.5, 1, 1.5, 2, 3), (levels, reach) => {
        let html = `<p>${PICKED}</p>`;
        for (const [before, after] of levels) html = `<div>${before}${html}${after}</div>`;
        const page = new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');
        const picked = new DOMParser().parseFromString(`<div><p>${PICKED}</p></div>`, 'text/html').body.firstElementChild!;
        const climb = new PickClimb(page, picked);
        expect(climb.anchor?.parentElement?.localName).toBe('p');
        const max = Math.floor(climb.pickedChars * reach);
        for (let el = climb.anchor!.parentElement; el && el !== page.body; el = el.parentElement) {
          const shared = climb.measure(el, max);
          const own = measureTextUpTo(el, max);
          expect(shared.nonSpace > max).toBe(own.nonSpace > max);
          if (own.nonSpace > max) break;
          expect(shared).toEqual(own);
          expect(collapsedLength(shared)).toBe((el.textContent ?? '').replace(/\s+/g, ' ').trim().length);
        }
      }),
    );
  });

  it('refuses a limit beyond its reach and an element off the anchor\'s line', () => {
    const page = new DOMParser().parseFromString(`<main><div><p>${PICKED}</p></div><aside>Other</aside></main>`, 'text/html');
    const climb = new PickClimb(page, page.querySelector('div')!);
    expect(() => climb.measure(page.querySelector('div')!, climb.pickedChars * 4)).toThrow(/beyond its reach/);
    expect(() => climb.measure(page.querySelector('aside')!, 10)).toThrow(/not an ancestor/);
  });
});
