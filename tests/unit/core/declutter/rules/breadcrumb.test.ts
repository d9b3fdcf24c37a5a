import { describe, expect, it } from 'vitest';
import { breadcrumbRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const run = (html: string) => declutterHtml(html, [breadcrumbRule]);

describe('the breadcrumb rule', () => {
  it('removes a trail of links joined by separators before the article', () => {
    const { removed, text } = run(`<p class="q"><a href="/">Home</a> | <a href="/math">Math</a> | This page</p><p>${PROSE}</p>`);
    expect(removed.map(({ kind }) => kind)).toEqual(['navigation']);
    expect(text).not.toContain('Home');
  });
  it('removes a trail written as a list, its last item the page itself', () => {
    const { removed } = run(`<ul><li><a href="/">Home</a></li><li><a href="/archive">Posts</a></li><li>I took a job</li></ul><p>${PROSE}</p>`);
    expect(removed.map(({ kind }) => kind)).toEqual(['navigation']);
  });
  it('removes a trail that opens a page without long paragraphs', () => {
    expect(run('<p><a href="/">Home</a> › <a href="/x">Formulas</a></p><h3>Sums</h3><p>A short note.</p>').removed).toHaveLength(1);
  });
  it('keeps a sentence with two links before the article', () => {
    expect(run(`<p>See <a href="/a">the plan</a> and <a href="/b">the vote</a>.</p><p>${PROSE}</p>`).removed).toEqual([]);
  });
  it('keeps a trail-like line inside the article', () => {
    expect(run(`<p>${PROSE}</p><p><a href="/">Home</a> | <a href="/x">Math</a></p><p>${PROSE}</p>`).removed).toEqual([]);
  });
  it('keeps links with text after the last step', () => {
    expect(run(`<p><a href="/">Home</a> | <a href="/x">Math</a> | one | two</p><p>${PROSE}</p>`).removed).toEqual([]);
  });
});

describe('lists of links that are no trail', () => {
  it('keeps two links in a table cell', () => {
    expect(run(`<table><tr><th>Divisions</th><td><ul><li><a href="/a">Corporation</a></li><li><a href="/b">Foundation</a></li></ul></td></tr></table><p>${PROSE}</p>`).removed).toEqual([]);
  });
  it('keeps two links side by side with nothing to join them', () => {
    expect(run(`<ul><li><a href="/a">Corporation</a></li><li><a href="/b">Foundation</a></li></ul><p>${PROSE}</p>`).removed).toEqual([]);
  });
});
