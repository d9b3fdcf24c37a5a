/**
 * The article the popup finishes (the injected script's `extractPage`, then `finishPage`) is the article the
 * whole pipeline gives (`extractArticle`, which the page used to run itself): the same key points, publisher
 * summary, language and reading time, and the same HTML once a view sanitises it, as every view does. Both ways
 * the key points are read: from the body the page kept (`finishCard` on the outcome's `body`, as the finisher in
 * the page does) and from the body's markup parsed again (where that copy is gone). On every article page among
 * the fixtures, one jsdom at a time, closed after its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WindowLike } from 'dompurify';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractPage, prepareSpecialMarkup, sanitizeHtml } from '../../../src/core';
import { parseHtml } from '../../../src/cli/parse-html';
import { finishCard, finishPage } from '../../../src/ui/finish-page';
import { FIXTURES_DIR, fixturePages } from '../../harness/fixtures';

const pages = fixturePages();

describe('finishing in the popup', () => {
  it('has fixture pages to compare on', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  // One test a page, each within the suite's time limit, so a loaded machine slows the corpus down without failing it.
  let articles = 0;
  it.each(pages)('gives the article the whole pipeline gives: %s', (path) => {
    const url = `http://127.0.0.1:8000/${path.replace(/index\.html$/, '')}`;
    const dom = parseHtml(readFileSync(join(FIXTURES_DIR, path), 'utf8').replaceAll('{{ORIGIN}}', 'http://127.0.0.1:8000'), url);
    try {
      const whole = extractArticle(dom.document, { url });
      const page = extractPage(dom.document, { url }, prepareSpecialMarkup);
      expect(page.status, path).toBe(whole.status);
      if (whole.status !== 'article' || page.status !== 'article') return;
      articles++;
      const win = dom.document.defaultView as unknown as WindowLike;
      const { contentHtml: wholeHtml, ...wholeRest } = whole.article;
      const fromKeptBody = finishPage(page.page, win, finishCard(page.page, page.body));
      const fromMarkup = finishPage(page.page, win);
      for (const [way, finished] of [['kept body', fromKeptBody], ['markup', fromMarkup]] as const) {
        const { contentHtml: finishedHtml, ...finishedRest } = finished;
        expect(finishedRest, `${path} (${way})`).toEqual(wholeRest);
        expect(sanitizeHtml(finishedHtml, win), `${path} (${way})`).toBe(sanitizeHtml(wholeHtml, win));
      }
    } finally {
      dom.close();
    }
  });

  // Tests of a file run in order: this one counts what the page tests above compared.
  it('compared the finished article on more than 40 article pages', () => {
    expect(articles).toBeGreaterThan(40);
  });
});
