// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findElement } from '../../../src/core/dom-walk';

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
