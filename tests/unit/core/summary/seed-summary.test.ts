import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { findPublisherSummary, splitSentences } from '../../../../src/core/summary';
import { documentFrom, readFixture } from '../../../harness/fixtures';

const URL_OF_SEED = 'http://127.0.0.1:8000/seed-article/';

function seedArticle() {
  const doc = documentFrom(readFixture('seed-article/index.html'), URL_OF_SEED);
  const outcome = extractArticle(doc, { url: URL_OF_SEED });
  if (outcome.status !== 'article') throw new Error('seed page not extracted');
  return { doc, article: outcome.article };
}

/** The five points of the standfirst that a reader needs, each recognisable in the body's own wording. */
const KEY_FACTS = {
  tooEarlyToJudge: /too early to determine how DeepSeek/,
  spendingWillNotSlow: /AI spending would soon decline|between \$60 billion and \$65 billion/,
  nvidiaDropped17Percent: /Nvidia’s stock to drop 17%/,
  revenueUp21Percent: /21% increase in revenue.*\$48\.39 billion/,
  openSourceAmericanStandard: /open-source AI development|open-source standard|standard is American/,
};

function factsCoveredBy(summary: readonly string[]): string[] {
  const text = summary.join(' ');
  return Object.entries(KEY_FACTS)
    .filter(([, pattern]) => pattern.test(text))
    .map(([fact]) => fact);
}

describe('the card’s key points on the seed article (summarised without its standfirst)', () => {
  const { doc, article } = seedArticle();
  const standfirst = findPublisherSummary(doc)!;

  it('are whole sentences of the body, none of them from the standfirst', () => {
    const body = splitSentences(article.textContent, article.lang).filter((sentence) => !standfirst.text.includes(sentence));
    expect(standfirst.source).toBe('standfirst');
    expect(article.summary.length).toBeGreaterThanOrEqual(3);
    expect(article.summary.length).toBeLessThanOrEqual(5);
    for (const point of article.summary) expect(body).toContain(point);
  });

  it('open with the lead: it is too early to judge, and spending will not slow', () => {
    expect(article.summary[0]).toMatch(KEY_FACTS.tooEarlyToJudge);
    expect(factsCoveredBy(article.summary)).toEqual(expect.arrayContaining(['tooEarlyToJudge', 'spendingWillNotSlow']));
  });
});

describe('the card’s key points on the seed article, past its opening', () => {
  const { article } = seedArticle();

  it('add the figures the opening leaves for later: at least four of the five main facts, not only its first sentences', () => {
    expect(factsCoveredBy(article.summary).length).toBeGreaterThanOrEqual(4);
    const sentences = splitSentences(article.textContent, article.lang);
    const positions = article.summary.map((point) => sentences.indexOf(point));
    expect(Math.max(...positions)).toBeGreaterThan(article.summary.length + 1);
  });
});
