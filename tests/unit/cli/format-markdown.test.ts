import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../../src/cli/format';
import { extractArticle } from '../../../src/core';
import { documentFrom, readFixture } from '../../harness/fixtures';

function markdownOf(fixture: string): string {
  const url = `http://127.0.0.1:8000/${fixture}`;
  const outcome = extractArticle(documentFrom(readFixture(fixture), url), { url });
  if (outcome.status !== 'article') throw new Error('no article');
  return formatMarkdown({ file: fixture, article: outcome.article });
}

describe('Markdown from the CLI', { timeout: 30_000 }, () => {
  it('writes formulas as TeX between dollars, inline and on their own lines', () => {
    const markdown = markdownOf('extraction/math/mathjax2.html');
    expect(markdown).toContain('The square $x^2$ grows fast.');
    expect(markdown).toContain('$$\n\\sum_{k=1}^{n} k\n$$');
    expect(markdown).toContain('$a+b$ is commutative.');
  });

  it('writes code blocks as fenced code with their language', () => {
    expect(markdownOf('extraction/code/github.html')).toContain('```python\ndef hello():\n    print("hi")\n```');
  });
});
