import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { normalizeCodeBlocks } from '../../../../src/core/content/code-blocks';
import { documentFrom, FIXTURES_DIR, readFixture } from '../../../harness/fixtures';

interface ExpectedBlock {
  language: string | null;
  code: string;
}

const CASES = readdirSync(FIXTURES_DIR + 'extraction/code')
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/, ''));

/** The code blocks of an article's sanitised HTML: each `pre > code`, its language class and its text. */
function blocksOf(contentHtml: string): ExpectedBlock[] {
  const doc = documentFrom(`<!doctype html><body>${contentHtml}</body>`);
  return Array.from(doc.querySelectorAll('pre')).map((pre) => {
    const code = pre.querySelector('code');
    const language = Array.from(code?.classList ?? []).find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? null;
    return { language, code: pre.textContent ?? '' };
  });
}

describe('code blocks, one page per highlighter', { timeout: 30_000 }, () => {
  it('has a fixture for each highlighter', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(11);
  });

  for (const name of CASES) {
    it(`${name}: one pre > code per block, the code as written, the language kept`, () => {
      const url = `http://127.0.0.1:8000/code/${name}.html`;
      const outcome = extractArticle(documentFrom(readFixture(`extraction/code/${name}.html`), url), { url });
      expect(outcome.status).toBe('article');
      if (outcome.status !== 'article') return;
      const expected = JSON.parse(readFixture(`extraction/code/${name}.json`)) as { blocks: ExpectedBlock[] };
      expect(blocksOf(outcome.article.contentHtml)).toEqual(expected.blocks);
      // No control of the block reaches the text.
      expect(outcome.article.textContent).not.toMatch(/\bCopy(?: code)?\b|Copied!/);
    });
  }
});

describe('normalizeCodeBlocks', { timeout: 30_000 }, () => {
  const body = (html: string) => documentFrom(`<!doctype html><body>${html}</body>`).body;

  it('leaves plain preformatted text and its links alone', () => {
    const root = body('<pre>A poem, <a href="/x">linked</a>,\n  indented.</pre>');
    normalizeCodeBlocks(root);
    expect(root.innerHTML).toBe('<pre>A poem, <a href="/x">linked</a>,\n  indented.</pre>');
  });

  it('keeps numbers that are code, not line numbers', () => {
    const root = body('<pre><code class="language-json"><span class="mi">1</span>\n<span class="mi">2</span></code></pre>');
    normalizeCodeBlocks(root);
    expect(root.querySelector('code')?.textContent).toBe('1\n2');
  });

  it('does not take a data table with a number column for code', () => {
    const root = body('<table><tr><td>1</td><td>Oslo</td></tr><tr><td>2</td><td>Bergen</td></tr></table>');
    normalizeCodeBlocks(root);
    expect(root.querySelector('table')).not.toBeNull();
    expect(root.querySelector('pre')).toBeNull();
  });

  it('returns the language classes it wrote, for Readability to keep', () => {
    const root = body('<div class="highlight-python"><div class="highlight"><pre><span class="lineno">1</span>x = 1</pre></div></div>');
    expect([...normalizeCodeBlocks(root)]).toEqual(['language-python']);
    expect(root.innerHTML).toBe('<pre><code class="language-python">x = 1</code></pre>');
  });
});

describe('line-number columns without a highlighter name', { timeout: 30_000 }, () => {
  const body = (html: string) => documentFrom(`<!doctype html><body>${html}</body>`).body;

  it('drops a column of consecutive numbers laid beside the code', () => {
    const root = body('<div class="flex"><div class="nums">1\n2\n3</div><pre><code>a = 1\nb = 2\nc = a + b</code></pre></div>');
    normalizeCodeBlocks(root);
    expect(root.innerHTML).toBe('<pre><code>a = 1\nb = 2\nc = a + b</code></pre>');
  });

  it('drops a column whose numbers are each an element of their own, with nothing between them', () => {
    for (const gutter of ['<div><div>1</div><div>2</div><div>3</div></div>', '<div>1<br>2<br>3</div>']) {
      const root = body(`<div style="display:flex">${gutter}<pre><code>a = 1\nb = 2\nc = a + b</code></pre></div>`);
      normalizeCodeBlocks(root);
      expect(root.innerHTML).toBe('<pre><code>a = 1\nb = 2\nc = a + b</code></pre>');
    }
  });

  it('drops a line number written as the first cell of each line', () => {
    const line = (n: number, code: string) => `<div class="flex"><span class="w-8 text-right">${n}</span><span>${code}</span></div>`;
    const root = body(`<pre>${line(9, 'a = 1')}${line(10, 'b = 2')}${line(11, 'c = a + b')}</pre>`);
    normalizeCodeBlocks(root);
    expect(root.querySelector('code')?.textContent).toBe('a = 1\nb = 2\nc = a + b');
  });

  it('keeps a first cell that is code: numbers out of order, or a line that is only a number', () => {
    const line = (first: string, code: string) => `<div class="flex"><span>${first}</span><span>${code}</span></div>`;
    const root = body(`<pre>${line('3', ' + 1')}${line('1', ' + 2')}</pre>`);
    normalizeCodeBlocks(root);
    expect(root.querySelector('code')?.textContent).toBe('3 + 1\n1 + 2');
  });

  it('keeps a block of code that is only numbers', () => {
    const root = body('<pre><code>1\n2\n3</code></pre><p>Three numbers.</p>');
    normalizeCodeBlocks(root);
    expect(root.querySelector('code')?.textContent).toBe('1\n2\n3');
  });
});
