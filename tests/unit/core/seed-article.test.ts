import { describe, expect, it } from 'vitest';
import { extractArticle, type Article } from '../../../src/core';
import { documentFrom, readFixture } from '../../harness/fixtures';

const URL_OF_SEED = 'http://127.0.0.1:8000/seed-article/';

function extractSeed(): Article {
  const outcome = extractArticle(documentFrom(readFixture('seed-article/index.html'), URL_OF_SEED), { url: URL_OF_SEED });
  if (outcome.status !== 'article') throw new Error(`seed page not extracted: ${outcome.reason}`);
  return outcome.article;
}

const CLUTTER_TEXT = [
  "What's Your Reaction",
  'Related Posts',
  'Newsletter',
  'Popular Posts',
  'Voting Poll',
  'cookies',
  'Advertisement',
  'Post Comment',
  'Share on Facebook',
  'Tags:',
  'Nvidia shares tumble as DeepSeek rattles AI trade',
];

describe('the seed article', () => {
  const article = extractSeed();

  it('has the metadata of the page', () => {
    expect(article.title).toBe('Zuckerberg says Meta won’t slow down AI spend despite DeepSeek’s breakthrough.');
    expect(article.siteName).toBe('Trendline Daily');
    expect(article.byline).toBe('Trendline Daily Staff');
    expect(article.lang).toBe('en');
    expect(article.publishedTime).toBe('2025-01-30T09:12:00+00:00');
    expect(article.readerable).toBe(true);
  });

  it('keeps the article from its first to its last sentence', () => {
    expect(article.textContent).toContain('Meta CEO Mark Zuckerberg stated on Wednesday');
    expect(article.textContent).toContain('it’s crucial that this standard is American.');
    expect(article.contentHtml).toContain('3.35 billion daily active users');
  });

  it.each(CLUTTER_TEXT)('drops the clutter text %j', (clutter) => {
    expect(article.textContent).not.toContain(clutter);
    expect(article.contentHtml).not.toContain(clutter);
  });

  // Readability drops most of the page's clutter by itself (share bar, comments, newsletter, poll, cookie banner,
  // related lists); the report lists what it kept and the engine removed.
  it('reports the clutter it removed from what Readability kept', () => {
    const kinds = Object.fromEntries(article.removed.map(({ kind, count }) => [kind, count]));
    expect(kinds).toEqual({ reactions: 1, ads: 1 });
  });

  it('names the reaction widget by its question and leaves the ad unnamed', () => {
    expect(article.removed.find(({ kind }) => kind === 'reactions')?.labels).toEqual(["What's Your Reaction?"]);
    expect(article.removed.find(({ kind }) => kind === 'ads')?.labels).toEqual([]);
  });

  it('picks the og:image as an absolute lead image with its alt text', () => {
    expect(article.leadImage).toEqual({
      src: 'http://127.0.0.1:8000/seed-article/assets/img/posts/meta-connect-1200x675.jpg',
      alt: 'Zuckerberg says Meta won’t slow down AI spend despite DeepSeek’s breakthrough.',
    });
  });

  it('keeps the standfirst as the publisher summary', () => {
    expect(article.publisherSummary).toMatch(/^Meta CEO Mark Zuckerberg stated that it is too early to assess/);
    expect(article.publisherSummary).toMatch(/a global standard should be led by the U\.S\.$/);
  });

  it('summarises with four key points from the body (a news story of three minutes), not from the standfirst, in article order', () => {
    const body = article.textContent.slice(article.textContent.indexOf('\n\n'));
    expect(article.summary).toHaveLength(4);
    for (const point of article.summary) {
      expect(body).toContain(point);
      expect(article.publisherSummary).not.toContain(point);
    }
    const positions = article.summary.map((point) => body.indexOf(point));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(article.summary.join(' ')).toMatch(/too early to determine how DeepSeek/);
    expect(article.summary.join(' ')).toMatch(/dismissed the idea that Meta’s AI spending would soon decline/);
  });

  it('estimates reading time', () => {
    expect(article.wordCount).toBeGreaterThan(550);
    expect(article.wordCount).toBeLessThan(650);
    expect(article.readingMinutes).toBe(Math.round(article.wordCount / 230));
  });

  it('keeps no script, handler or form in the content HTML', () => {
    expect(article.contentHtml).not.toMatch(/<script|onclick|<form|<button|<input|style=/i);
  });
});
