import { describe, expect, it } from 'vitest';
import { metaRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const only = [metaRule];

describe('the post details rule', () => {
  it.each([
    ['a posted-on line', `<p>Posted on March 3, 2025 by Admin</p>`],
    ['a byline with reading time', `<div><span>By Jane Smith</span> · <span>8 min read</span></div>`],
    ['a Portuguese reading time', `<p>Tempo de leitura: 1 minuto</p>`],
    ['an ISO date and reading time', `<div><time>2026-04-07</time><span>4 min</span></div>`],
  ])('removes %s at the top of the article', (_, html) => {
    const { removed } = declutterHtml(`${html}<p>${PROSE}</p><p>${PROSE}</p>`, only);
    expect(removed).toEqual([expect.objectContaining({ kind: 'meta', count: 1 })]);
  });

  it('removes a date line after the article', () => {
    expect(declutterHtml(`<p>${PROSE}</p><p>Updated 12 May 2024</p>`, only).removed).toHaveLength(1);
  });

  it.each([
    ['a dated paragraph among the prose', `<p>${PROSE}</p><p>March 3, 2025</p><p>${PROSE}</p>`],
    ['a short sentence that starts with "By"', `<p>By 2030, the city wants every bus to run on batteries.</p><p>${PROSE}</p>`],
    ['a timeline list item', `<ul><li>March 3, 2025</li></ul><p>${PROSE}</p>`],
  ])('keeps %s', (_, html) => {
    expect(declutterHtml(html, only).removed).toEqual([]);
  });
});
