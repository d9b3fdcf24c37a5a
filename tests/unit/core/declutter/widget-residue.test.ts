import { describe, expect, it } from 'vitest';
import { declutter, RemovalReport } from '../../../../src/core/declutter';
import { PROSE } from '../../../harness/declutter';
import { documentFrom } from '../../../harness/fixtures';
import { BlockView } from '../../../../src/core/declutter/block';
import { residueShaped } from '../../../../src/core/declutter/widget-residue';

/**
 * What Readability keeps of a widget once it has dropped its buttons (a count, the widget's labels, a tally line)
 * goes when the page as published had it in, or right beside, a small box of controls that held no content; the
 * article's own short lines stay. The markup is ours, written in the shapes widget templates print (a count inside
 * a script link, star icons drawn by the page's style, a "N others like this" line under the buttons).
 */

/** Declutters `content` (what Readability kept) against the page as published, `page`; returns the text and the report. */
function declutterAgainst(content: string, page: string): { text: string; report: RemovalReport } {
  const doc = documentFrom(`<!DOCTYPE html><html><body>${content}</body></html>`);
  const original = documentFrom(`<!DOCTYPE html><html><head><title>Tram line approved</title></head><body>${page}</body></html>`);
  const report = new RemovalReport();
  declutter(doc.body, report, undefined, null, original);
  return { text: (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim(), report };
}

const textAgainst = (content: string, page: string): string => declutterAgainst(content, page).text;

/** A like button drawn as a script link: an icon the style draws and the count. */
const LIKE_LINK = `<a href="javascript:;" class="post-fave" data-id="77"><div><div class="fave-icon"></div><p class="fave-count">3172</p></div></a>`;
/** Five stars drawn by the page's style (empty styled elements), the score's label and its state. */
const STARS = (label: string, state: string): string =>
  `<div class="score-box"><span class="score-title">${label}</span><div class="score-stars">${'<div class="score-star"><span class="glyph glyph-star"></span></div>'.repeat(5)}</div><span class="score-state">${state}</span></div>`;
/** Two vote buttons with their counts; the names of those who liked it printed under them, outside their box. */
const VOTE_BUTTONS = `<div class="vote-row"><button class="vote-up"><img src="/i/up.png" alt="">24</button><button class="vote-down"><img src="/i/down.png" alt="">3</button></div>`;

describe("a widget's residue, looked up in the page as published", () => {
  it('goes as a bare count whose box there was a script link; stays as a figure the article prints on its own', () => {
    const content = `<div><p>${PROSE}</p><p>3172</p><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p>${LIKE_LINK}<p>${PROSE}</p></article>`)).not.toContain('3172');
    expect(textAgainst(content, `<article><p>${PROSE}</p><p>3172</p><p>${PROSE}</p></article>`)).toContain('3172');
  });

  it('goes as the labels of a box of icons drawn by the style; stays as a list the article still shows with its icons', () => {
    const content = `<div><p>${PROSE}</p><div><p><span>Leserwertung</span></p><p><span>Noch keine Wertung</span></p></div><p>${PROSE}</p></div>`;
    const { text, report } = declutterAgainst(content, `<article><p>${PROSE}</p>${STARS('Leserwertung', 'Noch keine Wertung')}<p>${PROSE}</p></article>`);
    expect(text).not.toMatch(/Leserwertung|Noch keine/);
    expect(report.size).toBe(1);
    const list = `<ul><li><img src="/i/tick.svg" alt="">Quieter trams</li><li><img src="/i/tick.svg" alt="">Fewer cars</li></ul>`;
    const shown = `<div><p>${PROSE}</p>${list}<p>${PROSE}</p></div>`;
    expect(textAgainst(shown, `<article><p>${PROSE}</p>${list}<p>${PROSE}</p></article>`)).toContain('Quieter trams');
  });

  it('goes as a tally line printed beside the box of buttons; stays as a credit or a dateline beside a box', () => {
    const tally = 'Ana, Marek i 22 innych lubi to';
    const content = `<div><p>${PROSE}</p><p>${tally}</p><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p>${VOTE_BUTTONS}<div class="liked-by">${tally}</div><p>${PROSE}</p></article>`)).not.toContain('22 innych');
    for (const line of ['Photo by Ana Souza', '5 March 2025', 'Likes: 1.2 million. Dislikes: 18 million.']) {
      const own = `<div><p>${PROSE}</p><p>${line}</p><p>${PROSE}</p></div>`;
      expect(textAgainst(own, `<article><p>${PROSE}</p>${VOTE_BUTTONS}<div class="credit">${line}</div><p>${PROSE}</p></article>`)).toContain(line);
    }
  });

  it("goes as a tally heading printed above the widget's box; stays as a section heading with a number", () => {
    const buttons = `<div class="react-row"><button>👍 30</button><button>🎉 11</button></div>`;
    const content = (heading: string): string => `<div><p>${PROSE}</p><h4>${heading}</h4><p>${PROSE}</p></div>`;
    expect(textAgainst(content('41 reactions'), `<article><p>${PROSE}</p><h4>41 reactions</h4>${buttons}<p>${PROSE}</p></article>`)).not.toContain('41 reactions');
    const section = '10 lessons from the flood';
    expect(textAgainst(content(section), `<article><p>${PROSE}</p><h4>${section}</h4>${buttons}<p>${PROSE}</p></article>`)).toContain(section);
  });

  it('goes as a question set above a box of icon buttons, whatever its words; stays above a box the article still shows', () => {
    const feedback = `<form class="fb"><div class="fb-list"><button type="submit" title="Ja"><svg viewBox="0 0 24 24"></svg></button><button type="submit" title="Nein"><svg viewBox="0 0 24 24"></svg></button></div></form>`;
    const content = `<div><p>${PROSE}</p><h3>Jak oceniasz ten tekst?</h3><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p><h3>Jak oceniasz ten tekst?</h3>${feedback}<p>${PROSE}</p></article>`)).not.toContain('oceniasz');
    const answers = `<div class="choices"><a href="#">Stay in the city centre and take the tram</a> <a href="#">Move out to the suburbs</a></div>`;
    const shown = `<div><p>${PROSE}</p><h3>Where would you live?</h3>${answers}<p>${PROSE}</p></div>`;
    expect(textAgainst(shown, `<article><p>${PROSE}</p><h3>Where would you live?</h3>${answers}<p>${PROSE}</p></article>`)).toContain('Where would you live?');
  });

  it("stays as the intro line of a code box with its buttons, and as an interview's short answer", () => {
    const code = `<div class="code-box"><span>Run it:</span><button>Copy</button><button>Edit</button><pre><code>npm start</code></pre></div>`;
    const intro = `<div><p>${PROSE}</p><p>Run it:</p><pre><code>npm start</code></pre><p>${PROSE}</p></div>`;
    expect(textAgainst(intro, `<article><p>${PROSE}</p>${code}<p>${PROSE}</p></article>`)).toContain('Run it:');
    const answer = `<div><p>${PROSE}</p><p>Yes.</p><p>${PROSE}</p></div>`;
    expect(textAgainst(answer, `<article><p>${PROSE}</p><p>Yes.</p><button>Share</button><button>Print</button><p>${PROSE}</p></article>`)).toContain('Yes.');
  });

  it("stays as the closing words of the article's line though a reader's comment with reply buttons says the same; goes as a line of its own in a box of buttons", () => {
    const comments = `<ul class="thread"><li><span class="who">Mei</span><span class="said">Thanks!</span><a href="#">Reply</a><a href="#">Report</a></li></ul>`;
    const line = `<p><span>New photos of the camp are posted every month, </span><span>Thanks!</span></p>`;
    const content = `<div><p>${PROSE}</p>${line}<p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p>${line}<p>${PROSE}</p></article>${comments}`)).toContain('every month, Thanks!');
    const own = `<div><p>${PROSE}</p><p><span>Thanks!</span></p><p>${PROSE}</p></div>`;
    expect(textAgainst(own, `<article><p>${PROSE}</p><p>${PROSE}</p></article>${comments}`)).not.toContain('Thanks!');
  });

  it("stays as a section heading the page's contents list repeats in a box of icons, as a list of formulas drawn as images, and as a message's header (never a widget's residue)", () => {
    const toc = `<nav class="toc"><div><svg width="8" height="8"></svg><h4>Contents</h4><svg width="18" height="18"></svg></div><ol><li><a href="#links">1. Visible Links</a></li><li><a href="#docs">2. Parallel Documents</a></li></ol></nav>`;
    const sections = `<h2 id="links">1. Visible Links</h2><p>${PROSE}</p><h2 id="docs">2. Parallel Documents</h2><p>${PROSE}</p>`;
    expect(textAgainst(`<div>${sections}</div>`, `${toc}<article>${sections}</article>`)).toContain('1. Visible Links');
    const formulas = `<ul><li>the algebra <img src="/latex?a" alt="\\mathbb{R}^n" class="latex"> with its product;</li><li>the algebra <img src="/latex?b" alt="\\mathbb{C}^n" class="latex">;</li><li>the complex Hermitian matrices;</li></ul>`;
    expect(textAgainst(`<div><p>${PROSE}</p>${formulas}</div>`, `<article><p>${PROSE}</p>${formulas}</article>`)).toContain('the complex Hermitian matrices');
    const header = `<div class="msg"><span>Jane Doe</span> <span>May 15, 2026, 8:05 AM</span><button>Reply</button><button>Forward</button></div>`;
    // (The byline rule may take the line as the header's byline; it is never a widget's residue.)
    const { report } = declutterAgainst(`<div><p>Jane Doe May 15, 2026, 8:05 AM</p><p>${PROSE}</p></div>`, `<article>${header}<p>${PROSE}</p></article>`);
    expect(Array.from({ length: report.size }, (_, i) => report.kindAt(i))).not.toContain('reactions');
  });

  it('takes a line with a date or a clock time for a byline, never a residue; a line of labels or counts is one', () => {
    const doc = documentFrom(`<!DOCTYPE html><html><body><p>Jane Doe May 15, 2026, 8:05 AM</p><p>Alex Rivera 11:30</p><p>Gefällt mir 12</p></body></html>`);
    const view = new BlockView(doc.body);
    expect([...doc.querySelectorAll('p')].map((p) => residueShaped(p, view))).toEqual([false, false, true]);
  });

  it("stays as a callout's title between its icon and its fold arrow", () => {
    const callout = `<div class="callout"><div class="callout-title"><div class="callout-icon"><svg viewBox="0 0 24 24"></svg></div><div class="callout-title-inner">Is this foldable?</div><div class="callout-fold"><svg viewBox="0 0 24 24"></svg></div></div><div class="callout-content"><p>${PROSE}</p></div></div>`;
    const content = `<div><p>${PROSE}</p><div><p>Is this foldable?</p><p>${PROSE}</p></div></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p>${callout}</article>`)).toContain('Is this foldable?');
  });
  it("stays as a section's links whose box the article still shows with its sentence; goes as a widget's labels beside its buttons", () => {
    const blurb = 'Make the app match your style. Choose from thousands of themes and dress it up with a single click.';
    const section = `<div class="feature"><h3>Themes</h3><p>${blurb}</p><div class="thumbs"><button>Preview yellow</button><button>Preview green</button></div><a href="https://example.org/themes">Try it now</a> <a href="https://example.org/help">Learn more</a></div>`;
    const content = `<div><p>${PROSE}</p><div><h3>Themes</h3><p>${blurb}</p><p><a href="https://example.org/themes">Try it now</a> <a href="https://example.org/help">Learn more</a></p></div><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p>${section}<p>${PROSE}</p></article>`)).toContain('Try it now');
    // A widget's notice is one sentence addressed to the reader: no blurb of prose.
    const notice = 'You can use your account on any other server of the network to vote on this post.';
    const widget = `<div class="votes"><p>${notice}</p><button>Upvote</button><button>Downvote</button><a href="https://example.org/why">Why vote</a> <a href="https://example.org/top">Top posts</a></div>`;
    const residue = `<div><p>${PROSE}</p><div><p>${notice}</p><p><a href="https://example.org/why">Why vote</a> <a href="https://example.org/top">Top posts</a></p></div><p>${PROSE}</p></div>`;
    expect(textAgainst(residue, `<article><p>${PROSE}</p>${widget}<p>${PROSE}</p></article>`)).not.toContain('Why vote');
  });

  it('stays as an item of a list whose other items stay, though its box of decorative shapes reads as icons; goes with a whole row of them', () => {
    const shapes = '<div class="paint"></div><div class="paint"></div><div class="paint"></div>';
    const tabs = `<ul><li><a href="#themes"><div class="stage">${shapes}</div>Themes</a></li><li><a href="#addons">Add-ons</a></li><li><a href="#bar">Address bar</a></li></ul>`;
    const kept = `<div><p>${PROSE}</p><ul><li>Themes</li><li>Add-ons</li><li>Address bar</li></ul><p>${PROSE}</p></div>`;
    // The tabs' panels title their sections with the same words.
    const panels = `<h3>Add-ons</h3><p>${PROSE}</p><h3>Address bar</h3><p>${PROSE}</p>`;
    expect(textAgainst(kept, `<article><p>${PROSE}</p>${tabs}<p>${PROSE}</p>${panels}</article>`)).toContain('Themes');
    const row = `<ul class="moods"><li><a href="#"><span class="face face-glad"></span>Glad</a></li><li><a href="#"><span class="face face-sad"></span>Sad</a></li></ul>`;
    const residue = `<div><p>${PROSE}</p><ul><li>Glad</li><li>Sad</li></ul><p>${PROSE}</p></div>`;
    expect(textAgainst(residue, `<article><p>${PROSE}</p>${row}<p>${PROSE}</p></article>`)).not.toMatch(/Glad|Sad/);
  });
});
