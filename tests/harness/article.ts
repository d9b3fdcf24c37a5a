import type { Article } from '../../src/core';

/** An extracted article as the views receive it, with overrides. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/a?utm_source=x',
    title: 'Harbour reopens after storm',
    byline: 'A. Writer',
    siteName: 'News Example',
    lang: 'en',
    dir: null,
    publishedTime: '2025-01-30T09:12:00Z',
    excerpt: null,
    summary: ['The harbour reopened on Monday.', 'Ferries run again.'],
    publisherSummary: null,
    leadImage: { src: 'https://news.example/harbour.jpg', alt: 'The harbour' },
    contentHtml: '<p>Body</p>',
    textContent: 'Body',
    wordCount: 460,
    readingMinutes: 2,
    removed: [],
    readerable: true,
    ...overrides,
  };
}
