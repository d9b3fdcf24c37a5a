import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../../../src/core';
import { threadContainer } from '../../../../src/core/content/discussion-thread';
import { documentFrom } from '../../../harness/fixtures';

const THREADS = resolve(__dirname, '../../../fixtures/extraction/threads');

function article(html: string, url: string) {
  const outcome = extractArticle(documentFrom(html, url), { url, force: true });
  if (outcome.status !== 'article') throw new Error('no article');
  return outcome.article;
}

function plainReadability(html: string, url: string): string {
  return new Readability(documentFrom(html, url)).parse()?.textContent ?? '';
}

describe('a page whose content is a thread of like items', () => {
  it.each([
    ['link-aggregator-item.html', 'https://news.ycombinator.com/item?id=12345678', [
      'The key insight about distributed systems is worth exploring further.',
      'eventual consistency over strong consistency',
      'the benchmarks in section 3 back this up nicely',
      'The tradeoffs are real but manageable',
    ], 'A Sample Article'],
    ['nested-thread.html', 'https://old.reddit.com/r/test/comments/abc123/test_post/', [
      'This is a top-level comment with some thoughts on the topic.',
      'Great point! I agree with this.',
      'Thanks for the reply!',
      'Different perspective here.',
      'Another top-level comment with a',
    ], 'This is the post body with some content.'],
  ])('%s is read as the whole thread with the post above it', (file, url, comments, post) => {
    const html = readFileSync(resolve(THREADS, file), 'utf8');
    // The premise: plain Readability picks one comment, not the thread.
    const plain = plainReadability(html, url);
    expect(comments.filter((text) => plain.includes(text)).length).toBeLessThan(comments.length);
    const { textContent, contentHtml } = article(html, url);
    for (const text of comments) expect(textContent).toContain(text);
    expect(textContent).toContain(post);
    // Addresses resolved against the page, as Readability resolves its own pick's.
    const hrefs = Array.from(contentHtml.matchAll(/href="([^"]*)"/g), (match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|#)/);
  });

  it('reads a post and its one reply as the thread when Readability picked the reply', () => {
    const url = 'https://social.example/ana/status/7';
    const post = (who: string, text: string) =>
      `<div class="cell"><article class="post"><div class="name"><a href="/${who}">${who}</a></div><a href="/${who}/status/7"><time datetime="2026-05-16T12:00:00Z">May 16</time></a><div class="text">${text}</div></article></div>`;
    const html = `<!doctype html><html lang="en"><head><title>A post</title></head><body><main><section>${post('ana', 'The ferry timetable changes on Monday.')}${post(
      'ben',
      'Thanks for the warning, the later last boat on Fridays is the change I had hoped for since the summer.',
    )}</section></main></body></html>`;
    // The premise: plain Readability keeps the reply alone.
    expect(plainReadability(html, url)).not.toContain('The ferry timetable changes on Monday.');
    const { textContent } = article(html, url);
    expect(textContent).toContain('The ferry timetable changes on Monday.');
    expect(textContent).toContain('the later last boat on Fridays');
  });

  it('leaves an article alone whose teasers share its container but not its shape', () => {
    const url = 'https://news.example/ferries';
    const prose = 'The harbour board met to agree the winter timetable for the ferries, with an extra crossing on market days and a later last boat on Fridays. ';
    const teaser = (n: number) => `<div class="card"><h3><a href="/story-${n}">Another story number ${n} from the harbour desk</a></h3><p>A short blurb of the story number ${n} in a few words.</p></div>`;
    const html = `<!doctype html><html lang="en"><head><title>Winter ferries</title></head><body><main><div class="card"><h1>Winter ferries</h1>${`<p>${prose.repeat(3)}</p>`.repeat(5)}</div>${[1, 2, 3].map(teaser).join('')}</main></body></html>`;
    const doc = documentFrom(html, url);
    const picked = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (node) => node as Element }).parse()!.content!;
    expect(threadContainer(doc, picked)).toBeNull();
    expect(article(html, url).textContent).not.toContain('Another story');
  });
});
