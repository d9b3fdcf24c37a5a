// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { KEPT_EXPORT_FIELD, keptExport, MAX_IMPORTED_KEPT, readKeptImport } from '../../../src/kept/kept-file';
import { entryFor } from '../../../src/kept/kept-entry';
import { sampleArticle } from '../../harness/article';

const URL_A = 'https://news.example/a';
const none = () => false;

describe('kept articles in the export file', () => {
  it('round-trips an article through the export and a checked import', () => {
    const article = sampleArticle({ contentHtml: '<p>Ferries run again.</p>' });
    const file = { [KEPT_EXPORT_FIELD]: keptExport([{ entry: entryFor(URL_A, article, 5)!, article }]) };
    const read = readKeptImport(JSON.parse(JSON.stringify(file)), none, window);
    expect(read.skipped).toEqual([]);
    expect(read.articles).toEqual([{ canonicalUrl: URL_A, keptAt: 5, article }]);
  });

  it('sanitises imported HTML and drops a lead image that is not a web address', () => {
    const article = sampleArticle({
      contentHtml: '<p onclick="alert(1)">Text<script>alert(2)</script><img src="x" onerror="alert(3)"></p>',
      leadImage: { src: 'javascript:alert(4)', alt: '' },
    });
    const read = readKeptImport({ [KEPT_EXPORT_FIELD]: [{ canonicalUrl: URL_A, keptAt: 1, article }] }, none, window);
    const html = read.articles[0]!.article.contentHtml;
    expect(html).toContain('Text');
    expect(html).not.toMatch(/script|onclick|onerror|alert/);
    expect(read.articles[0]!.article.leadImage).toBeNull();
  });

  it('skips what is not an article, duplicates and articles the device already keeps, and says which', () => {
    const good = { canonicalUrl: URL_A, keptAt: 1, article: sampleArticle() };
    const list = [
      good,
      { ...good },
      { canonicalUrl: 'javascript:alert(1)', keptAt: 1, article: sampleArticle() },
      { canonicalUrl: 'https://news.example/b', keptAt: 1, article: { ...sampleArticle(), title: 42 } },
      { canonicalUrl: 'https://news.example/c', keptAt: 1, article: sampleArticle() },
    ];
    const read = readKeptImport({ [KEPT_EXPORT_FIELD]: list }, (key) => key === 'https://news.example/c', window);
    expect(read.articles.map((kept) => kept.canonicalUrl)).toEqual([URL_A]);
    expect(read.skipped).toEqual([
      { entry: 2, reason: 'duplicate' },
      { entry: 3, reason: 'malformed' },
      { entry: 4, reason: 'malformed' },
      { entry: 5, reason: 'already-kept' },
    ]);
  });

  it('says when a file has no kept articles, and refuses a list that is not one or is too long', () => {
    expect(readKeptImport({ reactions: [] }, none, window).absent).toBe(true);
    expect(readKeptImport({ [KEPT_EXPORT_FIELD]: {} }, none, window).refused).toBe(true);
    expect(readKeptImport({ [KEPT_EXPORT_FIELD]: new Array(MAX_IMPORTED_KEPT + 1).fill(0) }, none, window).refused).toBe(true);
  });
});
