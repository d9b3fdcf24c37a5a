import { describe, expect, it } from 'vitest';
import { linkListRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const run = (html: string) => declutterHtml(html, [linkListRule]);
const posts = '<p><a href="/a">Why the tram line runs late</a> · <a href="/t/transport">transport</a></p>'
  + '<p><a href="/b">What the budget means for you</a> · <a href="/t/money">money</a></p>'
  + '<p><a href="/c">The council’s new plan, explained</a></p>';

describe('the trailing link list rule', () => {
  it('removes three link items after the prose, whatever they are called', () => {
    const { removed, text } = run(`<p>${PROSE}</p><section class="x1">${posts}</section>`);
    expect(removed.map(({ kind }) => kind)).toEqual(['related']);
    expect(text).not.toContain('budget');
    expect(text).toContain('council voted');
  });
  it('names the list by its first words', () => {
    expect(run(`<p>${PROSE}</p><div>${posts}</div>`).removed[0]?.labels[0]).toMatch(/^Why the tram line runs late/);
  });
  it('keeps the same list before the prose', () => {
    expect(run(`<div>${posts}</div><p>${PROSE}</p>`).removed).toEqual([]);
  });
  it('keeps a list of references whose items are mostly their own text', () => {
    const refs = ['Smith, J. (2020). Trams in cities. Transport Review 12: 3–9.', 'Doe, A. (2019). The cost of delay. City Journal 4: 1–2.', 'Roe, B. (2021). Budgets. Finance Quarterly 8: 7.']
      .map((ref) => `<li>${ref} <a href="https://example.org/${ref.length}">link</a></li>`)
      .join('');
    expect(run(`<p>${PROSE}</p><ol>${refs}</ol>`).removed).toEqual([]);
  });
  it('keeps a list of sources written as their addresses', () => {
    const sources = ['https://nodejs.org/api/inspector.html', 'https://example.org/protocol', 'https://www.npmjs.com/package/x'].map((url) => `<li><a href="${url}">${url}</a></li>`).join('');
    expect(run(`<p>${PROSE}</p><ul>${sources}</ul>`).removed).toEqual([]);
  });
  it('keeps a list with only two links', () => {
    expect(run(`<p>${PROSE}</p><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul>`).removed).toEqual([]);
  });
  it('keeps a table of contents: its links stay on the page', () => {
    const toc = '<ul><li><a href="#a">History</a></li><li><a href="#b">Design</a></li><li><a href="#c">Reception</a></li></ul>';
    expect(run(`<p>${PROSE}</p>${toc}`).removed).toEqual([]);
  });
});
