import { describe, expect, it } from 'vitest';
import { extractArticle, pageHead } from '../../../src/core';
import { documentFrom, readFixture } from '../../harness/fixtures';

const ORIGIN = 'http://127.0.0.1:8000';

/** Whole articles among the fixtures: the head and the extraction read each from a page of its own. */
const ARTICLES = ['seed-article/index.html', 'second-article/index.html', 'rtl-article/index.html'];

describe('the card’s head, read from the page before extracting', () => {
  for (const path of ARTICLES) {
    it(`gives the extraction’s title, site, language and lead image on ${path}`, () => {
      const url = `${ORIGIN}/${path.replace(/index\.html$/, '')}`;
      const html = readFixture(path);
      const head = pageHead(documentFrom(html, url), url, false);
      const outcome = extractArticle(documentFrom(html, url), { url });
      if (outcome.status !== 'article') throw new Error(`${path}: not extracted`);
      const { title, siteName, lang, leadImage } = outcome.article;
      expect(head).toMatchObject({ url, title, siteName, lang, leadImage });
    });
  }

  it('changes nothing in the page it reads', () => {
    const doc = documentFrom(readFixture('seed-article/index.html'), `${ORIGIN}/seed-article/`);
    const before = doc.documentElement.outerHTML;
    pageHead(doc, `${ORIGIN}/seed-article/`, false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('counts the words of the page’s paragraphs, which the card keeps the key points’ place by', () => {
    const doc = documentFrom('<title>A</title><p>One two three.</p><div>Not counted here.</div><p>Four five</p>');
    expect(pageHead(doc, `${ORIGIN}/a`, true)?.paragraphWords).toBe(5);
  });

  it('gives none for a page that does not look like an article, unless asked to read it anyway', () => {
    const html = readFixture('not-articles/search-results.html');
    expect(pageHead(documentFrom(html), `${ORIGIN}/search`, false)).toBeNull();
    expect(pageHead(documentFrom(html), `${ORIGIN}/search`, true)?.title).toBeTruthy();
  });
});
