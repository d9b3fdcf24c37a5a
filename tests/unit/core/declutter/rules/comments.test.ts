import { describe, expect, it } from 'vitest';
import { commentsRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const run = (html: string) => declutterHtml(`<p>${PROSE}</p>${html}`, [commentsRule]);

describe('the comments rule', () => {
  it('removes a comment form', () => {
    expect(run(`<div class="k"><h3>Leave a Reply</h3><form><textarea></textarea><button>Post Comment</button></form></div>`).removed.map((r) => r.kind)).toEqual(['comments']);
  });
  it('removes a named thread although its comments are prose', () => {
    const { removed, text } = run(`<section id="comments"><h2>2 comments</h2><ol><li><p>${PROSE}</p></li><li><p>${PROSE}</p></li></ol></section>`);
    expect(removed.map((r) => r.kind)).toEqual(['comments']);
    expect(text).toBe(PROSE);
  });
  it('keeps an unnamed block of prose that mentions comments', () => {
    expect(run(`<div><h3>Comments from the minister</h3><p>${PROSE}</p><p>${PROSE}</p></div>`).removed).toEqual([]);
  });
  it('keeps a link to the comments in the byline', () => {
    expect(run(`<div class="meta"><span class="post-comments"><a href="#comments">0 comments</a></span></div>`).removed).toEqual([]);
  });
});
