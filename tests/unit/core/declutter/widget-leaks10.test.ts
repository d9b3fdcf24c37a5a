import { describe, expect, it } from 'vitest';
import { declutter, RemovalReport } from '../../../../src/core/declutter';
import { socialRule } from '../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../harness/declutter';
import { documentFrom } from '../../../harness/fixtures';

/**
 * Widgets the engine let through: a widget's caption set as a heading before the article's prose, a like line
 * ("N people liked this") in more languages, follow and reaction captions in Arabic and Japanese, and a like
 * button's count that the article keeps whole with its icons. The markup is ours, in the shapes like, rating and
 * follow plugins print; the keep cases are an article's own.
 */

/** Declutters `content` (what Readability kept) against the page as published, `page`; returns the text. */
function textAgainst(content: string, page: string): string {
  const doc = documentFrom(`<!DOCTYPE html><html><body>${content}</body></html>`);
  const original = documentFrom(`<!DOCTYPE html><html><head><title>Tram line approved</title></head><body>${page}</body></html>`);
  declutter(doc.body, new RemovalReport(), undefined, null, original);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A star rating's box with its average and vote count, as rating plugins print it. */
const RATING = `<div class="rt"><div class="stars"><span class="s on"></span><span class="s on"></span><span class="s on"></span><span class="s on"></span><span class="s"></span></div><div class="sum">Average: 4.2 (31 votes)</div></div>`;

describe("a widget's caption set as a heading in the site's voice, before the article's prose", () => {
  it('goes when the page as published has an engagement widget right after it', () => {
    for (const caption of ['Help us improve our guides', 'Tell us what you think', 'Aidez-nous à améliorer nos guides']) {
      const content = `<div><h3>${caption}</h3><p>${PROSE}</p><p>${PROSE}</p></div>`;
      const page = `<article><h3>${caption}</h3>${RATING}<p>${PROSE}</p><p>${PROSE}</p></article>`;
      const text = textAgainst(content, page);
      expect(text).not.toContain(caption);
      expect(text).toContain('The council voted');
    }
  });

  it('stays as a section heading naming its subject, even with a widget after it, and as one in the site\'s voice followed by its prose', () => {
    const content = (heading: string): string => `<div><p>${PROSE}</p><h3>${heading}</h3><p>${PROSE}</p></div>`;
    const page = (heading: string, widget: string): string => `<article><p>${PROSE}</p><h3>${heading}</h3>${widget}<p>${PROSE}</p></article>`;
    expect(textAgainst(content('The route through the old town'), page('The route through the old town', RATING))).toContain('The route through');
    expect(textAgainst(content('What we found'), page('What we found', ''))).toContain('What we found');
  });
});

describe('a like line: a count of people and their verb', () => {
  it('goes in Dutch, Polish, French and Chinese as a short line', () => {
    for (const line of ['12 mensen vonden dit leuk', '8 osób polubiło to', '15 personnes ont aimé ça', '37 人赞了这篇文章']) {
      expect(declutterHtml(`<p>${PROSE}</p><h3>${line}</h3><p>${PROSE}</p>`, [socialRule]).text).not.toContain(line);
    }
  });

  it('stays inside a paragraph of prose', () => {
    const prose = `<p>Na de stemming bleek dat 12 mensen vonden dit leuk genoeg om een petitie te tekenen, maar de raad wilde eerst de kosten en het tijdpad van de werken kennen.</p>`;
    expect(declutterHtml(`<p>${PROSE}</p>${prose}`, [socialRule]).text).toContain('12 mensen vonden');
  });
});

describe('captions in Arabic and Japanese', () => {
  const COUNTER = `<div class="sc"><ul><li><a href="https://www.facebook.com/x"><i class="ic-f"></i><span>8,930</span></a></li><li><a href="https://twitter.com/x"><i class="ic-t"></i><span>2,615</span></a></li></ul></div>`;
  const PICKER = `<div class="rx"><button><img src="/e/1.svg" alt="👍"><span>128</span></button><button><img src="/e/2.svg" alt="❤"><span>57</span></button></div>`;

  it('go as a follow caption ("Follow us on social networks") and a reactions caption ("Reactions to this note") beside their dropped widgets', () => {
    for (const [caption, widget] of [['تابعونا على الشبكات الاجتماعية', COUNTER], ['このノートへのリアクション', PICKER]] as const) {
      const content = `<div><p>${PROSE}</p><p>${PROSE}</p><h4>${caption}</h4></div>`;
      expect(textAgainst(content, `<article><p>${PROSE}</p><p>${PROSE}</p><h4>${caption}</h4>${widget}</article>`)).not.toContain(caption);
    }
  });
});

describe("a like button's count kept whole with its icons", () => {
  it('goes: in the page as published its box holds nothing but the count beside its icons', () => {
    const like = `<ul class="op"><li class="like"><i class="ico ico-like"></i><i class="ico ico-liked"></i><span class="n">58</span></li></ul>`;
    const content = `<div><p>${PROSE}</p><ul><li><i></i><i></i><span>58</span></li></ul><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p>${like}<p>${PROSE}</p></article>`)).not.toContain('58');
  });

  it("stays as a list of the article's figures with words beside its icons", () => {
    const stats = `<ul class="op"><li><i class="ico ico-a"></i><i class="ico ico-b"></i><span>58 stops</span></li></ul>`;
    const content = `<div><p>${PROSE}</p><ul><li><i></i><i></i><span>58 stops</span></li></ul><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p>${stats}<p>${PROSE}</p></article>`)).toContain('58 stops');
  });
});
