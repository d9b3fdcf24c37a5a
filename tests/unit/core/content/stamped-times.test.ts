import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { showStampedDays } from '../../../../src/core/content/stamped-times';
import { documentFrom } from '../../../harness/fixtures';

const THREADS = resolve(__dirname, '../../../fixtures/extraction/threads');

describe('a time written relative to the page load, with the moment in its markup', () => {
  it('shows the day the markup stamps, in any language, and keeps the link around it', () => {
    const doc = documentFrom(`<body>
      <p id="a">by ann <span class="age" title="2025-01-15T10:00:00"><a href="/item?id=2">2 hours ago</a></span></p>
      <p id="b">von bea <time datetime="2024-02-29T08:15:00+01:00">vor 2 Tagen</time></p>
      <p id="c">张三 <time datetime="2023-07-04">昨天</time></p></body>`);
    showStampedDays(doc.body);
    expect(doc.getElementById('a')!.textContent).toBe('by ann 2025-01-15');
    expect(doc.querySelector('#a a')!.textContent).toBe('2025-01-15');
    expect(doc.getElementById('b')!.textContent).toBe('von bea 2024-02-29');
    expect(doc.getElementById('c')!.textContent).toBe('张三 2023-07-04');
  });

  it('leaves a date or clock time the page wrote, a stamp that is no day, and a title that is no stamp', () => {
    const html = `<body>
      <p><time datetime="2025-01-15">15 January 2025</time></p>
      <p><time datetime="2025-01-15T10:30">10:30</time></p>
      <p><time datetime="2025-02-30">yesterday</time></p>
      <p><abbr title="HyperText Markup Language">HTML</abbr></p>
      <p><span title="2025-01-15"><b>2 hours</b> <i>ago</i></span></p></body>`;
    const doc = documentFrom(html);
    showStampedDays(doc.body);
    expect(doc.body.innerHTML).toBe(documentFrom(html).body.innerHTML);
  });

  it.each([
    ['link-aggregator-item.html', 'https://news.ycombinator.com/item?id=12345678', 'hours ago'],
    ['nested-thread.html', 'https://old.reddit.com/r/test/comments/abc123/test_post/', 'days ago'],
  ])('reaches the reading copy of a thread (%s)', (file, url, relative) => {
    const html = readFileSync(resolve(THREADS, file), 'utf8');
    const outcome = extractArticle(documentFrom(html, url), { url, force: true });
    if (outcome.status !== 'article') throw new Error('no article');
    expect(outcome.article.textContent).toContain('2025-01-15');
    expect(outcome.article.textContent).not.toContain(relative);
  });
});
