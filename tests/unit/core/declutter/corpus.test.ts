import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle, type Article } from '../../../../src/core';
import { loadFixtureCases } from '../../../../bench/lib/corpus';
import { documentFrom, FIXTURES_DIR } from '../../../harness/fixtures';

/** Every page in tests/fixtures/pages: what must stay, what must go, and the lead image. */

const CASES = loadFixtureCases(FIXTURES_DIR + 'pages');
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

function extract(html: string, url: string): Article {
  const outcome = extractArticle(documentFrom(html, url), { url });
  if (outcome.status !== 'article') throw new Error(`not extracted: ${outcome.reason}`);
  return outcome.article;
}

describe('the fixture corpus', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(CASES)('$name', ({ html, url, mustKeep, mustDrop, leadImage }) => {
    const article = extract(html, url);
    const text = normalize(article.textContent);
    const markup = normalize(article.contentHtml);

    it('keeps all of the article', () => {
      expect(mustKeep.filter((s) => !text.includes(normalize(s)))).toEqual([]);
    });

    it('drops all of the clutter', () => {
      expect(mustDrop.filter((s) => text.includes(normalize(s)) || markup.includes(normalize(s)))).toEqual([]);
    });

    it('picks the right lead image', () => {
      expect(article.leadImage?.src ?? null).toBe(leadImage);
    });

    it('reports the clutter it removed, and removes nothing from a page without any', () => {
      const blocks = article.removed.reduce((sum, { count }) => sum + count, 0);
      if (mustDrop.length === 0) expect(blocks).toBe(0);
      // Clutter plain Readability drops by itself is not ours to report; what it keeps and we drop is.
      const plain = normalize(new Readability(documentFrom(html, url)).parse()?.textContent ?? '');
      if (mustDrop.some((s) => plain.includes(normalize(s)))) expect(blocks).toBeGreaterThan(0);
    });
  });
});
