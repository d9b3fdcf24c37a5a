import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { documentFrom, readFixture } from '../../../harness/fixtures';

interface Card {
  provider: string;
  label: string;
  href: string;
  title: string;
  quote: string | null;
  caption: string | null;
}

function cardsOf(contentHtml: string): Card[] {
  const doc = documentFrom(`<!doctype html><body>${contentHtml}</body>`);
  return Array.from(doc.querySelectorAll('figure.embed')).map((figure) => ({
    provider: Array.from(figure.classList).find((name) => name.startsWith('embed-'))!.slice('embed-'.length),
    label: figure.querySelector('small')?.textContent ?? '',
    href: figure.querySelector('a')?.getAttribute('href') ?? '',
    title: figure.querySelector('a')?.textContent ?? '',
    quote: figure.querySelector('blockquote')?.textContent ?? null,
    caption: figure.querySelector('figcaption')?.textContent ?? null,
  }));
}

describe('embeds', { timeout: 30_000 }, () => {
  const url = 'http://127.0.0.1:8000/embeds/embeds.html';
  const outcome = extractArticle(documentFrom(readFixture('extraction/embeds/embeds.html'), url), { url });

  it('become one card each: the provider, the title where the page gives it, a link to the original', () => {
    expect(outcome.status).toBe('article');
    if (outcome.status !== 'article') return;
    const expected = JSON.parse(readFixture('extraction/embeds/embeds.json')) as { cards: Card[] };
    expect(cardsOf(outcome.article.contentHtml)).toEqual(expected.cards);
  });

  it('leave no frame, script, media element or player address behind', () => {
    if (outcome.status !== 'article') throw new Error('no article');
    expect(outcome.article.contentHtml).not.toMatch(/<(?:iframe|script|video|audio|source|embed|object)\b/);
    expect(outcome.article.contentHtml).not.toMatch(/youtube\.com\/embed|player\.vimeo|w\.soundcloud|platform\.twitter|\/embed\.js|waves-backdrop/);
    // The prose around them stays.
    expect(outcome.article.textContent).toContain('Watch the first ferry leave, it is worth it:');
  });
});
