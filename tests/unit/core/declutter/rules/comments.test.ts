import { describe, expect, it } from 'vitest';
import { commentsRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const run = (html: string) => declutterHtml(`<p>${PROSE}</p>${html}`, [commentsRule]);

describe('the comments rule', () => {
  it('removes a comment form', () => {
    expect(run(`<div class="k"><h3>Leave a Reply</h3><form><textarea></textarea><button>Post Comment</button></form></div>`).removed.map((r) => r.kind)).toEqual(['comments']);
  });
  it('removes a named thread although its comments are prose', () => {
    const { removed, text } = run(`<p>${PROSE}</p><section id="comments"><h2>2 comments</h2><ol><li><p>${PROSE}</p></li><li><p>${PROSE}</p></li></ol></section>`);
    expect(removed.map((r) => r.kind)).toEqual(['comments']);
    expect(text.split(PROSE).length - 1).toBe(2);
    expect(text).not.toContain('2 comments');
  });
  it('keeps the thread of a discussion page, where a short post heads a long thread', () => {
    const thread = Array.from({ length: 6 }, () => `<li><p>${PROSE}</p></li>`).join('');
    const { removed, text } = run(`<p><a href="https://example.com/story">Show: a new way to map rivers</a></p><section id="comments"><ol>${thread}</ol></section>`);
    expect(removed).toEqual([]);
    expect(text).toContain(PROSE);
  });
  it('keeps each comment of a discussion page, however deep in its item the comment is named', () => {
    const item = (user: string) => `<tr class="comment-row"><td><div class="head">${user} · 2 hours ago</div><div class="comment"><p>${PROSE}</p></div></td></tr>`;
    // The post is long enough that removing the comments would not empty the page (the engine's own safety net).
    const { removed, text } = run(`<p>${PROSE}</p><p>${PROSE}</p><table><tbody>${['ann', 'bo', 'cy', 'di', 'ed', 'flo', 'gus', 'hal'].map(item).join('')}</tbody></table>`);
    expect(removed).toEqual([]);
    expect(text.split(PROSE).length - 1).toBe(11);
  });
  it('removes the comments under a long article, each named as one', () => {
    const item = (user: string) => `<li class="comment-item"><div class="head">${user} · 2 hours ago</div><div class="comment"><p>${PROSE}</p></div></li>`;
    const article = `<p>${PROSE}</p>`.repeat(8);
    const { removed, text } = run(`${article}<ol>${['ann', 'bo', 'cy'].map(item).join('')}</ol>`);
    expect(removed.map((r) => [r.kind, r.count])).toEqual([['comments', 3]]);
    expect(text.split(PROSE).length - 1).toBe(9);
  });
  it('keeps an unnamed block of prose that mentions comments', () => {
    expect(run(`<div><h3>Comments from the minister</h3><p>${PROSE}</p><p>${PROSE}</p></div>`).removed).toEqual([]);
  });
  it('keeps a link to the comments in the byline', () => {
    expect(run(`<div class="meta"><span class="post-comments"><a href="#comments">0 comments</a></span></div>`).removed).toEqual([]);
  });
});
