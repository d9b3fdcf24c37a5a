import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { keepInlineButtonWords } from '../../../../src/core/content/inline-buttons';
import { documentFrom } from '../../../harness/fixtures';

const paragraph = `<p>${'The harbour master explains why the ferries ran late all winter and what the town will change before summer. '.repeat(4)}</p>`;

describe('words of a sentence made buttons', () => {
  it('stay in the article as words, with their own markup', () => {
    const url = 'http://127.0.0.1:8000/puzzle/';
    const html = `<!doctype html><html lang="en"><head><title>Longest sequence</title></head><body><article><h1>Longest sequence</h1>
      <p>Given a string <code>s</code>, return the longest <span class="term"><button type="button" aria-haspopup="dialog"><em>special</em></button></span> subsequence in <code>s</code>.</p>
      ${paragraph}${paragraph}</article></body></html>`;
    const outcome = extractArticle(documentFrom(html, url), { url });
    if (outcome.status !== 'article') throw new Error('no article');
    expect(outcome.article.textContent).toContain('return the longest special subsequence in s.');
    expect(outcome.article.contentHtml).toContain('<em>special</em>');
  });

  it('leave controls alone: an icon, a button that is its line, a button before or after the text', () => {
    const doc = documentFrom(`<body><p>Ferries <button aria-label="Share"><svg></svg></button> run late.</p><p><button>Show more</button></p>
      <p>Ferries run late. <button>Copy</button></p><li><button>Reply</button> to the harbour master</li></body>`);
    keepInlineButtonWords(doc.body);
    expect(doc.getElementsByTagName('button')).toHaveLength(4);
  });
});
