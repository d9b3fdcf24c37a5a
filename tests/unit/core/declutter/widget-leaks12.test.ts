import { describe, expect, it } from 'vitest';
import { declutter, RemovalReport } from '../../../../src/core/declutter';
import { reactionsRule } from '../../../../src/core/declutter/rules';
import { isEngagementCaption, isVoteFinePrint } from '../../../../src/core/declutter/widget-caption';
import { declutterHtml, PROSE } from '../../../harness/declutter';
import { documentFrom } from '../../../harness/fixtures';

/**
 * Widgets the engine let through on the fifth fresh set, once it was measured: one like button with its tally and
 * the lines its script swaps in, a thumbs up/down pair of links without counts and the fine print under it, a Polish
 * question to the reader. The markup is ours, in the shapes like plugins and docs feedback blocks print; the keep
 * cases are an article's own. And a fediverse reactions block: a face pile of linked avatars whose names are no
 * words to read, a hidden dialog with an empty heading, and a theme's heading stacked on the block's own.
 */

const only = [reactionsRule];

describe('one like button with its tally', () => {
  it.each([
    ['a script link with a French label and the lines its script swaps in', `<div class="lw"><a href="#" data-id="7"><span>J’aime</span> <ins>389</ins></a> <span>Merci !</span> <span>Vous avez déjà aimé ceci</span></div>`],
    ['a button with an English label', `<div><button type="button">Like <span>12</span></button></div>`],
    ['a link without an address in Italian', `<section><a class="x">Mi piace 1.204</a> <span>Grazie!</span></section>`],
    ['the same box as Readability leaves it, a paragraph', `<p><a href="#"><span>Gefällt mir</span> <ins>142</ins></a> <span>Danke!</span> <span>Dir gefällt das bereits</span></p>`],
  ])('removes %s', (_, html) => {
    const { removed } = declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, only);
    expect(removed).toEqual([expect.objectContaining({ kind: 'reactions', count: 1 })]);
  });

  it.each([
    ['a link to another page that says like', `<div><a href="/reviews/like-new">Like new: 12 tips for used bikes</a></div>`],
    ['a paragraph with a script link', `<p>I like <a href="#">3</a> of them.</p>`],
    ['a button and a line of prose', `<div><button>Like 12</button> <span>The council voted on the new tram line after a long debate about its cost and route.</span></div>`],
  ])('keeps %s', (_, html) => {
    const { removed } = declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, only);
    expect(removed).toEqual([]);
  });
});

describe('a thumbs up/down pair without counts', () => {
  const pair = `<p><a href="https://example.org/issues/new?label=up">👍 はい、わかりやすかった</a> <a href="https://example.org/issues/new?label=down">👎 いいえ、改善が必要</a></p>`;

  it('goes when its two links are all the block holds, with the fine print under it', () => {
    const doc = documentFrom(`<!DOCTYPE html><html><body><div><p>${PROSE}</p><p><strong>このページは役に立ちましたか？</strong></p>${pair}<p><em>フィードバックは匿名で送信されます。</em></p><p>${PROSE}</p></div></body></html>`);
    declutter(doc.body, new RemovalReport());
    const text = doc.body.textContent ?? '';
    expect(text).not.toContain('わかりやすかった');
    expect(text).not.toContain('匿名');
    expect(text.split('The council voted').length - 1).toBe(2);
  });

  it.each([
    ['a line of its own beside the links', `<div><a href="/pros">👍 What works</a> <a href="/cons">👎 What does not</a> <span>Our verdict after a month in the city.</span></div>`],
    ['two links that both vote up', `<p><a href="#a">👍 Yes</a> <a href="#b">👍 Sure</a></p>`],
  ])('stays with %s', (_, html) => {
    expect(declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, only).removed).toEqual([]);
  });
});

describe('fine print and questions', () => {
  it('reads a line saying the votes are anonymous as fine print, not a sentence of the article about anonymity', () => {
    for (const line of ['フィードバックは匿名で送信されます。', 'Your feedback is anonymous.', 'Las respuestas son anónimas']) expect(isVoteFinePrint(line), line).toBe(true);
    for (const line of ['He asked to remain anonymous.', 'Feedback from the council was mixed.']) expect(isVoteFinePrint(line), line).toBe(false);
  });

  it('reads a Polish question to the reader as a caption', () => {
    expect(isEngagementCaption('Podobał ci się ten wpis?')).toBe(true);
    expect(isEngagementCaption('Ile kosztuje nowa linia?')).toBe(false);
  });
});

/** Declutters `content` (what Readability kept) against the page as published, `page`; returns the text. */
function textAgainst(content: string, page: string): string {
  const doc = documentFrom(`<!DOCTYPE html><html><body>${content}</body></html>`);
  const original = documentFrom(`<!DOCTYPE html><html><head><title>Kurdish leader</title></head><body>${page}</body></html>`);
  declutter(doc.body, new RemovalReport(), undefined, null, original);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const faces = (names: string[]): string => `<ul class="avatars">${names.map((name, i) => `<li><a href="https://social.example/@u${i}" title="${name}"><img src="/avatars/${i}.jpg" alt="${name}" width="32" height="32"></a></li>`).join('')}</ul>`;
const people = ['Maren Solberg', 'tobi', 'Ana Ruiz', 'Kofi Mensah', 'Lin Yue', 'Jules Pereira', 'Devi R.'];
/** The block as the fediverse plugin prints it: its own heading, face piles with counts, a hidden dialog. */
const FEDIVERSE = `<div class="block-reactions"><h6>Reacciones del Fediverso</h6><div class="reactions"><div class="group">${faces(people)}<button>64 me gusta</button></div><div class="group">${faces(people.slice(0, 3))}<button>15 impulsos</button></div></div><div role="dialog" hidden><div><h2></h2><button aria-label="Cerrar"><svg></svg></button></div><ul></ul></div></div>`;

describe('a fediverse reactions block', () => {
  it('is a reaction widget: the names of its face piles and the empty heading of its dialog do not make it a section', () => {
    const { removed } = declutterHtml(`<p>${PROSE}</p>${FEDIVERSE}<p>${PROSE}</p>`, only);
    expect(removed).toEqual([expect.objectContaining({ kind: 'reactions', count: 1 })]);
  });

  it('takes the heading a theme stacks on it where Readability dropped the block, with the article going on after it', () => {
    const heading = '<h3>Lo que dijeron en el fediverso</h3>';
    const text = textAgainst(`<div><p>${PROSE}</p>${heading}<p>${PROSE}</p></div>`, `<article><p>${PROSE}</p>${heading}${FEDIVERSE}<p>${PROSE}</p></article>`);
    expect(text).not.toContain('fediverso');
    expect(text.split('The council voted').length - 1).toBe(2);
  });

  it('leaves a section heading over a block of the article that has a heading of its own, and a list of people with their photos', () => {
    const heading = '<h3>Lo que dijeron los vecinos</h3>';
    const box = `<div class="box"><h6>Cifras</h6><p>Votaron 1.204 vecinos.</p></div>`;
    expect(textAgainst(`<div><p>${PROSE}</p>${heading}<p>${PROSE}</p></div>`, `<article><p>${PROSE}</p>${heading}${box}<p>${PROSE}</p></article>`)).toContain('Lo que dijeron los vecinos');
    const team = `<div class="team">${faces(people)}<p>Our reporters Maren Solberg, Ana Ruiz and Kofi Mensah covered the vote from the council chamber all week.</p></div>`;
    expect(declutterHtml(`<p>${PROSE}</p>${team}<p>${PROSE}</p>`, only).removed).toEqual([]);
  });
});
