import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core';
import { documentFrom, readFixture } from '../../harness/fixtures';

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of a long report about the harbour, the ferries, the weather and the town council's budget, written in full sentences so that it reads like an article. It goes on for a while to look like real prose.</p>`).join('');

describe('extractArticle', () => {
  it('says a shop front page is not an article, and extracts it anyway when forced', () => {
    const html = readFixture('not-an-article/index.html');
    const url = 'http://127.0.0.1/shop/';
    expect(extractArticle(documentFrom(html, url), { url })).toEqual({ status: 'not-article', title: 'Acme Shop – Home', reason: 'not-readerable' });
    const forced = extractArticle(documentFrom(html, url), { url, force: true });
    expect(forced.status).toBe('article');
    if (forced.status === 'article') expect(forced.article.readerable).toBe(false);
  });

  it('reports an empty page as having no content even when forced', () => {
    const outcome = extractArticle(documentFrom('<html><head><title>Blank</title></head><body></body></html>'), { url: 'https://a.example/', force: true });
    expect(outcome).toMatchObject({ status: 'not-article', reason: 'no-content' });
  });

  it('never changes the document it reads', () => {
    const doc = documentFrom(readFixture('seed-article/index.html'));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: 'http://127.0.0.1:8000/seed-article/' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('falls back to the first large content image, resolved against <base>, when no image is declared', () => {
    const html = `<html><head><title>Harbour</title><base href="https://cdn.example/media/"></head><body><article><h1>Harbour</h1>
      <img src="icons/share.png" width="16" height="16" alt="share"><img src="photos/harbour.jpg" width="800" height="450" alt="The harbour at dawn">
      ${paragraphs(6)}</article></body></html>`;
    const outcome = extractArticle(documentFrom(html, 'https://news.example/harbour'), { url: 'https://news.example/harbour' });
    expect(outcome.status).toBe('article');
    if (outcome.status === 'article') {
      expect(outcome.article.leadImage).toEqual({ src: 'https://cdn.example/media/photos/harbour.jpg', alt: 'The harbour at dawn' });
    }
  });

  it('reads the lead image from JSON-LD when there is no og:image', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', image: { '@type': 'ImageObject', url: '/img/ld.jpg' } }] });
    const html = `<html><head><title>T</title><script type="application/ld+json">${ld}</script></head><body><article>${paragraphs(6)}</article></body></html>`;
    const outcome = extractArticle(documentFrom(html, 'https://news.example/a'), { url: 'https://news.example/a' });
    expect(outcome.status === 'article' && outcome.article.leadImage?.src).toBe('https://news.example/img/ld.jpg');
  });

  it('summarises from the first sentences when the page has no description', () => {
    const html = `<html><head><title>T</title></head><body><article>${paragraphs(6)}</article></body></html>`;
    const outcome = extractArticle(documentFrom(html, 'https://news.example/a'), { url: 'https://news.example/a' });
    if (outcome.status !== 'article') throw new Error('expected an article');
    // Six paragraphs that say the same: the key points do not repeat a sentence to fill the card.
    expect(outcome.article.summary[0]).toMatch(/^Paragraph 1 of a long report/);
    expect(outcome.article.summary).toContain('It goes on for a while to look like real prose.');
    expect(new Set(outcome.article.summary).size).toBe(outcome.article.summary.length);
  });

  it('survives a malformed doctype and a <base> without href, resolving links against the page', () => {
    const html = `<!DOCTYPE<p> html><html><head><title>T</title><base target="_top"></head><body><article>${paragraphs(6)}<p><a href="/next">next</a></p></article></body></html>`;
    const outcome = extractArticle(documentFrom(html, 'https://news.example/a/b'), { url: 'https://news.example/a/b' });
    if (outcome.status !== 'article') throw new Error('expected an article');
    expect(outcome.article.contentHtml).toContain('href="https://news.example/next"');
  });

  it('ignores a javascript: <base>', () => {
    const html = `<html><head><title>T</title><base href="javascript:alert(1)//"></head><body><article>${paragraphs(6)}<p><a href="x">x</a></p></article></body></html>`;
    const outcome = extractArticle(documentFrom(html, 'https://news.example/a/b'), { url: 'https://news.example/a/b' });
    if (outcome.status !== 'article') throw new Error('expected an article');
    expect(outcome.article.contentHtml).toContain('href="https://news.example/a/x"');
  });
});
