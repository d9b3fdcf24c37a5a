import { describe, expect, it } from 'vitest';
import { relatedRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const kinds = (html: string): string[] => declutterHtml(`<p>${PROSE}</p>${html}`, [relatedRule]).removed.map(({ kind }) => kind);
const links = '<ul><li><a href="/a">Tram operator apologises after delays</a></li><li><a href="/b">What the budget means for you</a></li></ul>';

describe('the related rule', () => {
  it('removes a list named related', () => {
    expect(kinds(`<section class="section-related-posts">${links}</section>`)).toEqual(['related']);
  });
  it.each(['Related stories', 'You may also like', 'Lo más leído', 'À lire aussi', 'Das könnte Sie auch interessieren', 'Leia também', 'Leggi anche'])(
    'removes a link list under "%s"',
    (heading) => {
      expect(kinds(`<div class="z"><h3>${heading}</h3>${links}</div>`)).toEqual(['related']);
    },
  );
  it('removes an inline "read also" line', () => {
    expect(kinds(`<p><strong>Lire aussi :</strong> <a href="/l">Les musées attirent de nouveaux publics</a></p>`)).toEqual(['related']);
  });
  it('keeps a section of prose under a "Related" heading', () => {
    expect(kinds(`<div><h3>Related research</h3><p>${PROSE} <a href="/x">One study</a> found the same.</p></div>`)).toEqual([]);
  });
  // A wiki's or a note garden's backlinks under the page: a styled line (no heading element) and often one link.
  it.each(['Links to this page', 'Backlinks', 'What links here', 'Liens vers cette page', 'Enlaces a esta página'])('removes the backlinks under "%s"', (heading) => {
    expect(kinds(`<div><div><span>${heading}</span></div><div><div><a href="/notes/ferries">Ferries</a></div></div></div>`)).toEqual(['related']);
  });
  it('keeps prose that talks about backlinks', () => {
    expect(kinds(`<div><p>Backlinks are links from one site to another, and <a href="/seo">search engines</a> count them when they rank pages.</p></div>`)).toEqual([]);
  });
});
