import { describe, expect, it } from 'vitest';
import { tagsRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const kinds = (html: string): string[] => declutterHtml(`<p>${PROSE}</p>${html}`, [tagsRule]).removed.map(({ kind }) => kind);

describe('the tags rule', () => {
  it('removes a list named post-tags', () => {
    expect(kinds(`<div class="post-tags"><a href="/t/a">Meta</a><a href="/t/b">AI</a></div>`)).toEqual(['tags']);
  });
  it('removes rel=tag links', () => {
    expect(kinds(`<div class="m"><a rel="tag" href="/t/a">transport</a>, <a rel="tag" href="/t/b">council</a></div>`)).toEqual(['tags']);
  });
  it('removes a "Schlagwörter:" line', () => {
    expect(kinds(`<p>Schlagwörter: <a href="/s/e">Energie</a>, <a href="/s/s">Speicher</a>, <a href="/s/w">Stadtwerke</a></p>`)).toEqual(['tags']);
  });
  it('keeps a menu of links that starts with the word "Themes"', () => {
    expect(kinds(`<ul><li><a href="#t">Themes</a></li><li><a href="#a">Add-ons</a></li><li><a href="#b">Awesome Bar</a></li></ul>`)).toEqual([]);
  });
});
