import { describe, expect, it } from 'vitest';
import { declutter, RemovalReport } from '../../../../src/core/declutter';
import { isEngagementCaption, isEngagementRequest } from '../../../../src/core/declutter/widget-caption';
import { PROSE } from '../../../harness/declutter';
import { documentFrom } from '../../../harness/fixtures';

/**
 * Widgets the engine let through on the sixth fresh set, once it was measured: a vote score printed beside a pair of
 * thumbs links drawn by an icon font (no text, no picture), left by Readability as a bare `<span>` between two
 * blocks; stars whose own class comes before the class they share; a question in Arabic script; and the names of
 * ratings and likes in more languages. The markup is ours, in the shapes vote partials and rating modules print;
 * the keep cases are an article's own.
 */

function textAgainst(content: string, page: string): string {
  const doc = documentFrom(`<!DOCTYPE html><html><body>${content}</body></html>`);
  const original = documentFrom(`<!DOCTYPE html><html><head><title>Tram line approved</title></head><body>${page}</body></html>`);
  declutter(doc.body, new RemovalReport(), undefined, null, original);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Thumbs down and up as script links whose icons an icon font draws: no text, no image. */
const THUMBS = `<ul class="votes"><li><a href="#" title="Dislike" class="voter down"><i class="fa fa-thumbs-down"></i></a></li><li><a href="#" title="Like" class="voter up"><i class="fa fa-thumbs-up"></i></a></li></ul>`;

describe('a count left between blocks', () => {
  it('goes as a score printed beside a pair of thumbs links drawn by an icon font; stays beside a box of prose', () => {
    const content = `<div><div><p>${PROSE}</p></div><span>412</span><div><p>${PROSE}</p></div></div>`;
    expect(textAgainst(content, `<article><div><p>${PROSE}</p></div><span class="score">412</span>${THUMBS}<div><p>${PROSE}</p></div></article>`)).not.toContain('412');
    expect(textAgainst(content, `<article><div><p>${PROSE}</p></div><span class="figure">412</span><div><p>${PROSE}</p></div></article>`)).toContain('412');
  });

  it('stays as a piece of a line, beside the text it belongs to', () => {
    const content = `<div><p>${PROSE}</p>Seats: <span>412</span><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p><div>Seats: <span>412</span>${THUMBS}</div><p>${PROSE}</p></article>`)).toContain('412');
  });
});

describe('stars drawn by the style', () => {
  /** Five empty stars, each with its own class first and the class they share after it, and the count phrase. */
  const stars = (shared: boolean): string =>
    `<div class="rate-box">${[1, 2, 3, 4, 5].map((n) => `<div class="star_${n}${shared ? ' rating-star' : ''}"></div>`).join('')}<span class="total">85 ulasan</span></div>`;

  it('take their count phrase along when they share a class, whatever class comes first; not when each is unlike the others', () => {
    const content = `<div><p>${PROSE}</p><p>85 ulasan</p><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p>${stars(true)}<p>${PROSE}</p></article>`)).not.toContain('85 ulasan');
    expect(textAgainst(content, `<article><p>${PROSE}</p>${stars(false)}<p>${PROSE}</p></article>`)).toContain('85 ulasan');
  });
});

describe('a question in Arabic script', () => {
  const feedback = `<div class="feedback"><button type="button">نعم</button><button type="button">لا</button></div>`;

  it('goes as the heading above a feedback box that went; a heading without a question mark stays', () => {
    const question = 'هل كانت هذه الصفحة مفيدة؟';
    const content = (heading: string): string => `<div><p>${PROSE}</p><h4>${heading}</h4><p>${PROSE}</p></div>`;
    expect(textAgainst(content(question), `<article><p>${PROSE}</p><h4>${question}</h4>${feedback}<p>${PROSE}</p></article>`)).not.toContain('مفيدة');
    const section = 'خطة النقل الجديدة';
    expect(textAgainst(content(section), `<article><p>${PROSE}</p><h4>${section}</h4>${feedback}<p>${PROSE}</p></article>`)).toContain(section);
  });
});

describe('the names of ratings and likes, and requests to rate, in more languages', () => {
  it.each(['Hodnocení článku', 'Вподобання', 'Beğenenler', 'Wie vindt dit leuk', 'דירוג הכתבה', 'تقييم المقال'])('reads "%s" as a widget caption', (line) => {
    expect(isEngagementCaption(line)).toBe(true);
  });

  it.each(['דרגו את הפוסט', 'قيّم هذا المقال؟', 'Ohodnoťte článek', 'Оцініть статтю', 'Оцените статью'])('reads "%s" as a request about the page', (line) => {
    expect(isEngagementRequest(line)).toBe(true);
  });

  it.each(['Hodnocení vlády klesá', 'Beğeni toplayan yeni tramvay hattı', 'תוכנית הרכבת הקלה החדשה'])('reads the article line "%s" as no caption', (line) => {
    expect(isEngagementCaption(line)).toBe(false);
  });
});
