import { describe, expect, it } from 'vitest';
import { articleHtmlDocument, articleMarkdown, extractArticle, type Article } from '../../../src/core';
import { documentFrom, readFixture } from '../../harness/fixtures';

const URL = 'http://127.0.0.1:8000/seed-article/';
const outcome = extractArticle(documentFrom(readFixture('seed-article/index.html'), URL), { url: URL, force: true });
if (outcome.status !== 'article') throw new Error('the seed article did not extract');
const seed = outcome.article;

const words = { uiLang: 'en', summaryHeading: 'Summary', metaLine: 'Staff · 30 January 2025 · 3 min read', sourceLabel: 'Original page:' };

describe('Markdown export', () => {
  it('writes the demo article as the golden file', () => {
    expect(articleMarkdown(seed)).toBe(readFixture('export/seed-article.md'));
  });

  it('writes front matter any YAML reader takes as one value per field, and leaves out what the article lacks', () => {
    const article: Article = { ...seed, title: 'Q: "Why?" — a title: with colons\nand a line break', byline: null, publishedTime: null };
    const front = articleMarkdown(article).split('\n---\n')[0]!;
    expect(front).toBe(['---', 'title: "Q: \\"Why?\\" — a title: with colons\\nand a line break"', `source: "${URL}"`].join('\n'));
  });

  it('writes the line under the title in the reader’s words, and keeps the front matter’s field names', () => {
    const markdown = articleMarkdown(seed, seed.contentHtml, { readingTime: '3 Min. Lesezeit' });
    const [front, rest] = markdown.split('\n---\n');
    expect(rest).toContain('· 3 Min. Lesezeit_');
    expect(rest).not.toContain('min read');
    expect(front).toMatch(/^title: /m);
    expect(front).toMatch(/^source: /m);
  });

  it('adds the lead image only when the body has no image of its own', () => {
    const leadImage = { src: 'https://img.example/lead.jpg', alt: 'Lead' };
    expect(articleMarkdown({ ...seed, leadImage, contentHtml: '<p>Text only.</p>' })).toContain('![Lead](https://img.example/lead.jpg)');
    expect(articleMarkdown({ ...seed, leadImage, contentHtml: '<p><img src="https://img.example/a.jpg" alt="A"></p>' })).not.toContain('lead.jpg');
  });
});

describe('HTML export', () => {
  it('escapes every field it writes and links only web addresses', () => {
    const hostile: Article = { ...seed, title: '<script>alert(1)</script>', siteName: '"><img src=x onerror=alert(1)>', url: 'javascript:alert(1)', summary: ['<b>bold</b> & co'] };
    const html = articleHtmlDocument(hostile, '<p>Body</p>', { ...words, metaLine: '<i>meta</i>' });
    expect(html).not.toMatch(/<script>|<img src=x|<b>|<i>meta/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; co');
    expect(html).not.toContain('href="javascript:');
  });

  it('is one file that can load nothing but images, in the article’s language and direction', () => {
    const html = articleHtmlDocument({ ...seed, lang: 'ar', dir: 'rtl' }, '<p>نص</p>', words);
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain(`content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`);
    expect(html).not.toMatch(/<script|<link /);
  });
});
