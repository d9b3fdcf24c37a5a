import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl } from '../../../src/core';
import { documentFrom } from '../../harness/fixtures';

const page = (head: string) => documentFrom(`<html><head>${head}</head><body><p>x</p></body></html>`);

describe('cleanUrl', () => {
  it('drops the fragment and tracking parameters but keeps the others in order', () => {
    expect(cleanUrl('https://news.example/a?id=7&utm_source=x&utm_medium=y&fbclid=1&gclid=2&page=2#comments')).toBe(
      'https://news.example/a?id=7&page=2',
    );
  });

  it('leaves no empty query behind', () => {
    expect(cleanUrl('https://news.example/a?utm_campaign=z')).toBe('https://news.example/a');
  });
});

describe('canonicalUrl', () => {
  it('uses a same-site canonical link, made absolute and cleaned', () => {
    const doc = page('<link rel="canonical" href="/story/42?utm_source=rss">');
    expect(canonicalUrl(doc, 'https://www.news.example/story/42?ref=home&utm_medium=social')).toBe('https://www.news.example/story/42');
  });

  it('accepts the canonical on the bare domain or a subdomain of the page', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="https://news.example/s">'), 'https://www.news.example/s?x=1')).toBe('https://news.example/s');
    expect(canonicalUrl(page('<link rel="canonical" href="https://m.news.example/s">'), 'https://news.example/s')).toBe('https://m.news.example/s');
  });

  it('ignores a canonical link to another site and falls back to the cleaned page URL', () => {
    const doc = page('<link rel="canonical" href="https://trendlinedaily.example/story">');
    expect(canonicalUrl(doc, 'http://127.0.0.1:8000/seed-article/?utm_source=x#top')).toBe('http://127.0.0.1:8000/seed-article/');
  });

  it('ignores a canonical link that is not http(s) or not a URL', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="javascript:alert(1)">'), 'https://a.example/p')).toBe('https://a.example/p');
    expect(canonicalUrl(page('<link rel="canonical" href="http://[bad">'), 'https://a.example/p')).toBe('https://a.example/p');
  });
});
