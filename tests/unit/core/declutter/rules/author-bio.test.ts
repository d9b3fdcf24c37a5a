import { describe, expect, it } from 'vitest';
import { authorBioRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const kinds = (html: string): string[] => declutterHtml(`<p>${PROSE}</p>${html}`, [authorBioRule]).removed.map(({ kind }) => kind);

describe('the author-bio rule', () => {
  it('removes a box named author-box', () => {
    expect(kinds(`<div class="author-box"><img src="/a.jpg"><p>Dana Kim covers city hall.</p></div>`)).toEqual(['author-bio']);
  });
  it.each(['About the author', 'Sobre o autor', 'Über den Autor', "À propos de l'auteur"])('removes a box headed "%s"', (heading) => {
    expect(kinds(`<div class="p"><h5>${heading}</h5><p>Rafael Souza covers football.</p></div>`)).toEqual(['author-bio']);
  });
  it('keeps the byline', () => {
    expect(kinds(`<p class="byline">By <a href="/author/kim">Dana Kim</a></p>`)).toEqual([]);
  });
});
