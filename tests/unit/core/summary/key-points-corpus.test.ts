import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { loadFixtureCases } from '../../../../bench/lib/corpus';
import { documentFrom, FIXTURES_DIR, readFixture } from '../../../harness/fixtures';

/**
 * On every page of the fixture corpus (and the seed and second articles): no key point is a caption, a teaser,
 * a byline, a quotation block or a question. Each point is looked up on the source page, and the element that
 * holds it must not sit in a figure, a quotation, an aside, navigation, a header or footer, nor be a link line.
 */

const NOT_PROSE = 'figure, figcaption, blockquote, aside, nav, header, footer, address, form, [class*="caption" i], [class*="credit" i]';
const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const PAGES = [
  ...loadFixtureCases(FIXTURES_DIR + 'pages').map(({ name, html, url }) => ({ name, html, url })),
  { name: 'seed-article', html: readFixture('seed-article/index.html'), url: 'http://127.0.0.1:8000/seed-article/' },
  { name: 'second-article', html: readFixture('second-article/index.html'), url: 'http://127.0.0.1:8000/second-article/' },
];

/** The innermost element of the page whose text holds the whole point. */
function holderOf(doc: Document, point: string): Element | null {
  let holder: Element | null = null;
  for (const element of doc.body.querySelectorAll('*')) {
    if (normalize(element.textContent).includes(point)) holder = element;
  }
  return holder;
}

function linkShare(element: Element): number {
  const text = normalize(element.textContent).length || 1;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += normalize(link.textContent).length;
  return linked / text;
}

describe.each(PAGES)('key points of $name', ({ html, url }) => {
  const doc = documentFrom(html, url);
  const outcome = extractArticle(doc, { url, force: true });
  const points = outcome.status === 'article' ? outcome.article.summary : [];

  it('has between one and five points, none of them a question', () => {
    expect(outcome.status).toBe('article');
    expect(points.length).toBeGreaterThan(0);
    expect(points.length).toBeLessThanOrEqual(5);
    for (const point of points) expect(point).not.toMatch(/\?[”’"'»)]*$/u);
  });

  it('takes every point from the page’s prose, not from a caption, quotation, aside, byline or link line', () => {
    for (const point of points) {
      const holder = holderOf(doc, point);
      expect(holder, point).not.toBeNull();
      expect(holder!.closest(NOT_PROSE), point).toBeNull();
      expect(linkShare(holder!), point).toBeLessThan(0.8);
    }
  });
});

describe('key points of a page with footnotes', () => {
  const url = 'http://127.0.0.1:8000/figures/';
  const doc = documentFrom(readFixture('extraction/figures/index.html'), url);
  const outcome = extractArticle(doc, { url });
  const points = outcome.status === 'article' ? outcome.article.summary : [];
  const notes = Array.from(doc.querySelectorAll('.footnotes li'), (item) => normalize(item.textContent));

  it('carry no footnote mark and no footnote', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(notes).toHaveLength(2);
    for (const point of points) {
      expect(point).not.toMatch(/[.!?]\d/);
      for (const note of notes) expect(note).not.toContain(point.slice(0, 40));
    }
  });
});
