import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { findPublisherSummary, summarizeText, withoutStandfirst } from '../../../../src/core/summary';
import { documentFrom, readFixture } from '../../../harness/fixtures';

const URL_OF_SEED = 'http://127.0.0.1:8000/seed-article/';

/** The seed page's text as the pipeline summarises it: without its standfirst (the human-written summary). */
function seedTextWithoutStandfirst(): string {
  const doc = documentFrom(readFixture('seed-article/index.html'), URL_OF_SEED);
  const outcome = extractArticle(doc, { url: URL_OF_SEED });
  if (outcome.status !== 'article') throw new Error('seed page not extracted');
  return withoutStandfirst(outcome.article.textContent, findPublisherSummary(doc));
}

/** The five points of the standfirst that a reader needs, each recognisable in the body's own wording. */
const KEY_FACTS = {
  tooEarlyToJudge: /too early to determine how DeepSeek/,
  spendingWillNotSlow: /AI spending would soon decline|between \$60 billion and \$65 billion/,
  nvidiaDropped17Percent: /Nvidia’s stock to drop 17%/,
  revenueUp21Percent: /21% increase in revenue.*\$48\.39 billion/,
  openSourceAmericanStandard: /open-source AI development|open-source standard|standard is American/,
};

function factsCoveredBy(summary: string[]): string[] {
  const text = summary.join(' ');
  return Object.entries(KEY_FACTS)
    .filter(([, pattern]) => pattern.test(text))
    .map(([fact]) => fact);
}

describe('summary of the seed article without its standfirst', () => {
  const text = seedTextWithoutStandfirst();

  it('is summarised from the body: the standfirst is gone from the text', () => {
    expect(text).not.toContain('Meta CEO Mark Zuckerberg stated that it is too early to assess');
    expect(text.startsWith('Meta CEO Mark Zuckerberg stated on Wednesday')).toBe(true);
  });

  it('covers, in three sentences, that it is too early to judge and that spending will not slow', () => {
    const short = summarizeText(text, { lang: 'en', length: 'short' });
    expect(short).toHaveLength(3);
    expect(factsCoveredBy(short)).toEqual(expect.arrayContaining(['tooEarlyToJudge', 'spendingWillNotSlow']));
  });

  it('adds, in five sentences, Nvidia’s 17% drop and the $60–65 billion AI budget', () => {
    const medium = summarizeText(text, { lang: 'en', length: 'medium' });
    expect(medium).toHaveLength(5);
    expect(factsCoveredBy(medium)).toEqual(
      expect.arrayContaining(['tooEarlyToJudge', 'spendingWillNotSlow', 'nvidiaDropped17Percent']),
    );
    expect(medium.join(' ')).toMatch(/between \$60 billion and \$65 billion/);
  });

  it('opens the TL;DR with the lead: too early to judge', () => {
    expect(factsCoveredBy(summarizeText(text, { lang: 'en', length: 'tldr' }))).toEqual(['tooEarlyToJudge']);
  });
});
