import { describe, expect, it } from 'vitest';
import { foldText, searchTextOf } from '../../../src/kept/kept-entry';
import { sampleArticle } from '../../harness/article';

describe('searchTextOf', () => {
  const article = sampleArticle({
    title: 'Ferries return',
    summary: ['The ferry to München runs again.'],
    textContent: 'The ferry runs again. The ferry runs daily,\nfrom Monday; the ferry (and the bus) run at noon. Ferries!',
  });
  const whole = foldText([article.title, article.siteName ?? '', article.byline ?? '', ...article.summary, article.textContent].join('\n'));

  it('holds each folded word once', () => {
    const words = searchTextOf(article).split(' ');
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((word) => word === 'ferry')).toHaveLength(1);
    expect(words).toContain('munchen');
    expect(searchTextOf(article).length).toBeLessThan(whole.length);
  });

  it('finds a search word exactly when the whole text has it', () => {
    // Every piece of the whole text without a space in it, and some that are not in it at all.
    const pieces = new Set<string>();
    for (const token of whole.split(/\s+/)) for (let start = 0; start < token.length; start++) pieces.add(token.slice(start, start + 4));
    const queries = [...pieces, 'ferry.', 'daily,from', 'bus)', 'munchen', 'münchen', 'tuesday', 'noon.ferries'];
    const text = searchTextOf(article);
    for (const query of queries) expect({ query, found: text.includes(query) }).toEqual({ query, found: whole.includes(query) });
  });
});
