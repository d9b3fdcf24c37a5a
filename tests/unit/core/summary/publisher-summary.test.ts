import { describe, expect, it } from 'vitest';
import { findPublisherSummary, summarizeArticle, textBlocks, withoutStandfirst } from '../../../../src/core/summary';
import { documentFrom } from '../../../harness/fixtures';

const STANDFIRST =
  'The council approved a $2.4 billion budget that raises transit funding, adds bus lines and angers critics who fear higher property taxes.';
const DESCRIPTION = 'A long-fought city budget finally passes, with buses the big winners and homeowners worried about their tax bills.';

function page({ head = '', standfirst = '', body = '' }: { head?: string; standfirst?: string; body?: string }): Document {
  return documentFrom(`<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Budget passes</h1>${standfirst}${body}</article></body></html>`);
}

describe('findPublisherSummary', () => {
  it('takes a standfirst element over the meta description', () => {
    const doc = page({
      head: `<meta name="description" content="${DESCRIPTION}">`,
      standfirst: `<p class="article__standfirst">${STANDFIRST}</p>`,
    });
    expect(findPublisherSummary(doc)).toEqual({ text: STANDFIRST, source: 'standfirst' });
  });

  it('takes the longest meta description when there is no standfirst', () => {
    const doc = page({
      head: `<meta name="description" content="Budget passes."><meta property="og:description" content="${DESCRIPTION}">`,
    });
    expect(findPublisherSummary(doc)).toEqual({ text: DESCRIPTION, source: 'meta' });
  });

  it('ignores taglines and summary-like classes outside the article (related, aside)', () => {
    const doc = page({
      head: '<meta name="description" content="City news, every day.">',
      body: `<aside><p class="summary">${STANDFIRST}</p></aside><div class="lead-image"><p>${STANDFIRST}</p></div>`,
    });
    expect(findPublisherSummary(doc)).toBeNull();
  });
});

describe('withoutStandfirst', () => {
  const blocks = textBlocks(`${STANDFIRST}\n\nThe council met on Tuesday.\n\nThe vote was close.`);

  it('removes the standfirst paragraph from the blocks to summarise', () => {
    expect(withoutStandfirst(blocks, { text: STANDFIRST, source: 'standfirst' }).map((block) => block.text)).toEqual([
      'The council met on Tuesday.',
      'The vote was close.',
    ]);
  });

  it('leaves the blocks alone when the summary is only a meta description', () => {
    expect(withoutStandfirst(blocks, { text: STANDFIRST, source: 'meta' })).toEqual(blocks);
  });
});

describe('summarizeArticle', () => {
  const body = [
    'The city council approved a new budget of $2.4 billion on Tuesday after months of debate over transit funding.',
    'The budget raises transit funding by 12% and adds three new bus lines in the eastern districts.',
    'Critics of the budget said the transit funding would raise property taxes for homeowners next year.',
    'The mayor welcomed the vote and said the new bus lines would start running in the spring.',
  ];
  /** The extracted content element of an article with these paragraphs. */
  const content = (paragraphs: readonly string[]): Element => {
    const doc = documentFrom(`<div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`);
    return doc.body.firstElementChild!;
  };
  const summarize = (doc: Document, paragraphs: readonly string[]) =>
    summarizeArticle(doc, { content: content(paragraphs), lang: 'en', title: 'Budget passes', wordCount: 400 });

  it('keeps a publisher description that says something the key points do not', () => {
    const doc = page({ head: `<meta name="description" content="${DESCRIPTION}">` });
    const { summary, publisherSummary } = summarize(doc, body);
    expect(summary).toHaveLength(3);
    expect(publisherSummary).toBe(DESCRIPTION);
  });

  it('drops a publisher description that only copies a key point', () => {
    const [point] = summarize(page({}), body).summary;
    const doc = page({ head: `<meta name="description" content="${point}">` });
    const { summary, publisherSummary } = summarize(doc, body);
    expect(summary).toContain(point);
    expect(publisherSummary).toBeNull();
  });

  it('summarises the body without the standfirst', () => {
    const doc = page({ standfirst: `<h2 class="post-summary">${STANDFIRST}</h2>` });
    const { summary, publisherSummary } = summarize(doc, [STANDFIRST, ...body]);
    expect(publisherSummary).toBe(STANDFIRST);
    expect(summary).not.toContain(STANDFIRST);
    for (const point of summary) expect(body).toContain(point);
  });
});
