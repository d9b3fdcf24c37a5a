import { describe, expect, it } from 'vitest';
import { declutter, RemovalReport } from '../../../../src/core/declutter';
import { reactionsRule, remnantsRule } from '../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../harness/declutter';
import { documentFrom } from '../../../harness/fixtures';

/**
 * Widgets the engine let through whole: a readers' rating summary with its stars drawn by the style and the bars of
 * its distribution, a counter whose tally noun is written in Chinese, and a counter or an action that is
 * its own button (a count inside one script link, "Add to favorites" as a link asking for the page again). The
 * markup is ours, in the shapes rating, recommend and favourite plugins print; the keep cases are an article's own.
 */

/** Declutters `content` (what Readability kept) against the page as published, `page`; returns the text. */
function textAgainst(content: string, page: string): string {
  const doc = documentFrom(`<!DOCTYPE html><html><body>${content}</body></html>`);
  const original = documentFrom(`<!DOCTYPE html><html><head><title>Tram line approved</title></head><body>${page}</body></html>`);
  declutter(doc.body, new RemovalReport(), undefined, null, original);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const star = (state: string): string => `<span class="st st-${state}" aria-hidden="true"></span>`;
const bar = (label: string, share: string): string => `<div class="b"><span class="bl">${label}</span><span class="bg"><span style="width:${share}"></span></span><span class="bp">${share}</span></div>`;

describe("a readers' rating summary", () => {
  const summary = (scale: string, raters: string): string =>
    `<div class="rs"><div class="avg"><span>4.4</span></div><div class="stars"><span class="sr">Rated ${scale}</span>${star('full').repeat(4)}${star('half')}</div>` +
    `<div class="txt"><span>${scale} ${raters}</span></div><div class="bars">${bar('Excellent', '62%')}${bar('Very good', '23%')}${bar('Average', '8%')}${bar('Poor', '5%')}${bar('Terrible', '2%')}</div></div>`;

  it('goes with its stars drawn as styled elements, its average on its scale, how many rated and its bars', () => {
    const { text } = declutterHtml(`<p>${PROSE}</p>${summary('4.4 out of 5 stars', '(based on 61 reviews)')}<p>${PROSE}</p>`, [reactionsRule]);
    expect(text).not.toMatch(/Excellent|61 reviews/);
    expect(text).toContain('The council voted');
  });

  it("stays as a reviewer's own verdict: a score on its scale with stars, but nobody's ratings counted", () => {
    const { text } = declutterHtml(`<p>${PROSE}</p>${summary('4.4 out of 5 stars', 'from our tester')}<p>${PROSE}</p>`, [reactionsRule]);
    expect(text).toContain('from our tester');
  });
});

describe('a tally noun in Chinese', () => {
  it('goes as a counter ("1,026 people clapped", "37 likes"), and stays inside a sentence', () => {
    for (const tally of ['1,026 人鼓掌', '37 赞']) {
      expect(declutterHtml(`<p>${PROSE}</p><div><p><span>${tally}</span></p></div><p>${PROSE}</p>`, [remnantsRule]).text).not.toContain(tally);
    }
    const sentence = '<p>上个月的音乐会结束时，全场有 1,026 人鼓掌，掌声持续了好几分钟，乐团返场演奏了两首曲子。</p>';
    expect(declutterHtml(`<p>${PROSE}</p>${sentence}<p>${PROSE}</p>`, [remnantsRule]).text).toContain('1,026 人鼓掌');
  });
});

describe('a counter or an action that is its own button, looked up in the page as published', () => {
  it('goes as a count inside its one script link, even where the article keeps the link whole', () => {
    const link = `<p class="rec"><a href="#" class="rec-link" data-id="12"><span>214</span> <span>readers recommend this</span></a></p>`;
    const content = `<div><p>${PROSE}</p><p><a href="#"><span>214</span> <span>readers recommend this</span></a></p><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p>${link}<p>${PROSE}</p></article>`)).not.toContain('recommend this');
  });

  it('goes as an action link asking for the page again beside its icon; stays as a link to another page, or as a button with words of its own beside it', () => {
    const box = (href: string): string => `<span class="fav"><img src="/i/star.png" alt="Favorite"><a href="${href}" rel="nofollow">Add to favorites</a></span>`;
    const content = (href: string): string => `<div><p>${PROSE}</p><p>${box(href)}</p><p>${PROSE}</p></div>`;
    expect(textAgainst(content('?favaction=add&postid=6612'), `<article><p>${PROSE}</p>${box('?favaction=add&postid=6612')}<p>${PROSE}</p></article>`)).not.toContain('Add to favorites');
    expect(textAgainst(content('/favorites/'), `<article><p>${PROSE}</p>${box('/favorites/')}<p>${PROSE}</p></article>`)).toContain('Add to favorites');
    const faq = `<div class="faq"><button class="q" aria-expanded="false" aria-controls="a1"><svg width="12" height="12"></svg>Is the tram free?</button><div class="a">Only on Sundays.</div></div>`;
    const shown = `<div><p>${PROSE}</p><div><p>Is the tram free?</p><p>Only on Sundays.</p></div><p>${PROSE}</p></div>`;
    expect(textAgainst(shown, `<article><p>${PROSE}</p>${faq}<p>${PROSE}</p></article>`)).toContain('Is the tram free?');
  });
});

describe("a widget's caption outside its box", () => {
  /** A heart link with its count, as like plugins print it. */
  const HEART = `<div class="hw"><a href="#" class="hl" data-id="4127"><span>1,873</span></a></div>`;

  it('goes as a line that opens with a question and asks after it, before the removed widget', () => {
    for (const caption of ['Liked this post? Give it a clap.', 'Ti è piaciuto? Lascia un cuore', '觉得不错？给作者鼓个掌吧']) {
      const { text } = declutterHtml(`<p>${PROSE}</p><p><em>${caption}</em></p>${HEART}<p>${PROSE}</p>`);
      expect(text).not.toContain(caption);
      expect(text).toContain('The council voted');
    }
  });

  it('goes as a request or a tally name about this very page', () => {
    for (const caption of ['Votre avis sur cet article', 'Your feedback on this article', 'フィードバック']) {
      expect(declutterHtml(`<p>${PROSE}</p><p><em>${caption}</em></p>${HEART}`).text).not.toContain(caption);
    }
  });

  it("stays as the article's own line: a sentence that asks, or a credit line, before the widget", () => {
    for (const line of ['Why did the council vote for it? The cost, the timetable and the shops decided it.', 'Additional reporting by Ana Souza']) {
      expect(declutterHtml(`<p>${PROSE}</p><p><em>${line}</em></p>${HEART}<p>${PROSE}</p>`).text).toContain(line);
    }
  });
});

describe("a widget's caption or pair of counters, looked up in the page as published", () => {
  const CLAPS = `<div class="cr"><div class="cb"><button aria-label="Clap" class="b"><svg width="24" height="24"></svg><span>2,481</span></button><button type="button" class="b"><svg width="20" height="20"></svg></button></div></div>`;

  it('goes as a paragraph that asks the reader above a box of buttons Readability dropped; a credit line there stays', () => {
    const caption = 'Enjoyed the read? Give it a clap.';
    const content = (line: string): string => `<div><p>${PROSE}</p><p>${PROSE}</p><p>${line}</p></div>`;
    const page = (line: string): string => `<article><p>${PROSE}</p><p>${PROSE}</p><p class="note">${line}</p>${CLAPS}</article>`;
    expect(textAgainst(content(caption), page(caption))).not.toContain('Enjoyed the read');
    const credit = 'Additional reporting by Ana Souza';
    expect(textAgainst(content(credit), page(credit))).toContain(credit);
  });

  it('goes as the labels and counts of two buttons, found from either of them', () => {
    const pair = `<div class="cf"><span class="v" onclick="vote(this,'4471','like')">Likes<img src="/i/up.png">(<span>318</span>)</span><span class="v" onclick="vote(this,'4471','dislike')">Dislikes<img src="/i/down.png">(<span>27</span>)</span></div>`;
    const content = `<div><p>${PROSE}</p><p><span>Likes<img src="/i/up.png">(<span>318</span>)</span><span>Dislikes<img src="/i/down.png">(<span>27</span>)</span></p><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p>${pair}<p>${PROSE}</p></article>`)).not.toContain('318');
  });
});
