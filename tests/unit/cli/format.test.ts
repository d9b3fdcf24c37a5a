import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core';
import { formatMarkdown, formatRecord, formatText } from '../../../src/cli/format';
import { documentFrom, readFixture } from '../../harness/fixtures';

const URL = 'http://127.0.0.1:8000/seed-article/';
const outcome = extractArticle(documentFrom(readFixture('seed-article/index.html'), URL), { url: URL, force: true });
if (outcome.status !== 'article') throw new Error('the seed article did not extract');
const extracted = { file: 'seed.html', article: outcome.article };

describe('the extract command’s output formats', () => {
  it('markdown: the reader’s converter (front matter, the title as a heading, the key points quoted, the body), as in the golden file', () => {
    const markdown = formatMarkdown(extracted);
    expect(markdown).toBe(readFixture('export/seed-article.md'));
    expect(markdown).toMatch(/^---\ntitle: "Zuckerberg says Meta/);
    expect(markdown).toContain('\n# Zuckerberg says Meta');
    expect(markdown).toContain(`<${URL}>`);
    expect(markdown).toContain(`> - ${outcome.article.summary[0]}`);
    expect(markdown).not.toContain('<p>');
  });

  it('text: the title, the key points as a list, then the plain text', () => {
    const text = formatText(extracted);
    expect(text.split('\n')[0]).toBe(outcome.article.title);
    expect(text).toContain(`- ${outcome.article.summary[0]}`);
    expect(text).toContain('this standard is American');
  });

  it('json and jsonl: the Article with the file it came from', () => {
    expect(formatRecord(extracted)).toEqual({ file: 'seed.html', ...outcome.article });
  });
});
