import { describe, expect, it } from 'vitest';
import { declutter, RemovalReport } from '../../../../src/core/declutter';
import { namesWidget } from '../../../../src/core/declutter/widget-heading';
import { PROSE } from '../../../harness/declutter';
import { documentFrom } from '../../../harness/fixtures';

/**
 * A caption set as a plain paragraph over a reaction, rating or like widget ("Maoni yako", "Görüşünüz"), with no
 * question mark and none of the caption words the engine reads: it goes with the widget when nothing is left for it
 * to introduce, in any language, whether our rules or Readability took the widget. A credit line, a sentence, a line
 * before a share bar and a line the prose goes on after stay. Then the words of reaction widgets in more languages:
 * tallies under like buttons and rows of labelled reaction buttons. The markup is ours, in the shapes emoji-reaction
 * plugins, post-like buttons and news portals' reaction rows print.
 */

function textAgainst(content: string, page: string): string {
  const doc = documentFrom(`<!DOCTYPE html><html><body>${content}</body></html>`);
  const original = documentFrom(`<!DOCTYPE html><html><head><title>Tram line approved</title></head><body>${page}</body></html>`);
  declutter(doc.body, new RemovalReport(), undefined, null, original);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An emoji picker with its counts, each reaction a button. */
const PICKER = `<div class="reactions-box"><button title="Like"><span class="emoji">👍</span> <span class="count">48</span></button><button title="Love"><span class="emoji">❤️</span> <span class="count">21</span></button><button title="Wow"><span class="emoji">😮</span> <span class="count">5</span></button></div>`;
/** A post-like button: a heart an icon font draws and its count, in one link. */
const HEART = `<div class="post-like"><a href="#" class="like-link" title="Like"><i class="fa fa-heart-o"></i>&nbsp;127</a></div>`;

describe('a paragraph caption over a reaction widget', () => {
  // Captions none of the engine's words name ("your opinion", in Swahili, Turkish, Indonesian, Russian, Bengali, Thai).
  it.each(['Maoni yako', 'Görüşünüz', 'Pendapat kamu', 'Ваше мнение', 'তোমার মতামত', 'ความเห็นของคุณต่อข่าวนี้'])('goes with the emoji picker our rules take: "%s"', (caption) => {
    const page = `<article><p>${PROSE}</p><p>${caption}</p>${PICKER}</article>`;
    expect(textAgainst(page, page)).not.toContain(caption);
  });

  it('goes when Readability dropped the like button it captioned, which only the page as published still has', () => {
    const caption = 'Maoni yako';
    expect(textAgainst(`<div><p>${PROSE}</p><p>${caption}</p></div>`, `<article><p>${PROSE}</p><p>${caption}</p>${HEART}</article>`)).not.toContain(caption);
  });

  it('stays when the prose goes on after the widget: it may title what follows', () => {
    const caption = 'Maoni yako';
    const page = `<article><p>${PROSE}</p><p>${caption}</p>${PICKER}<p>${PROSE}</p></article>`;
    expect(textAgainst(page, page)).toContain(caption);
  });

  it.each(['With inputs from PTI', 'Reporting by Jane Doe', 'The vote is set for 2027', 'Approved by the council.', 'It was a long night and nobody slept'])('leaves an article line in the same place: "%s"', (line) => {
    const page = `<article><p>${PROSE}</p><p>${line}</p>${PICKER}</article>`;
    expect(textAgainst(page, page)).toContain(line);
  });

  it('leaves a short line before a share bar: only reaction, rating and like widgets take a paragraph caption', () => {
    const line = 'Maoni yako';
    const share = `<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">X</a> <a href="https://wa.me/?text=x">WhatsApp</a></div>`;
    const page = `<article><p>${PROSE}</p><p>${line}</p>${share}</article>`;
    const text = textAgainst(page, page);
    expect(text).not.toContain('WhatsApp');
    expect(text).toContain(line);
  });
});

describe('reaction words in more languages', () => {
  /** A like button: a heart an icon draws and its tally, count then noun. */
  const likeButton = (tally: string): string => `<div class="like-wrap"><a class="btn-like" href="javascript:;"><i class="icon-heart"></i></a><span class="like-total">${tally}</span></div>`;

  it.each(['384 beğeni', '2,3k lượt thích', '127 polubień', '56 suka', '1.204 голоса', '12 좋아요', '94 Aplausos', '311 Kudos'])('reads the tally "%s" under a like button as the widget\'s', (tally) => {
    const page = `<article><p>${PROSE}</p>${likeButton(tally)}<p>${PROSE}</p></article>`;
    expect(textAgainst(page, page)).not.toContain(tally);
  });

  it('leaves the same words in a sentence of the article', () => {
    const line = 'Milletvekili adayı 384 beğeni ve 12 yorum aldı, ama seçimi kaybetti.';
    const page = `<article><p>${PROSE}</p><p>${line}</p><p>${PROSE}</p></article>`;
    expect(textAgainst(page, page)).toContain(line);
  });

  /** What is left of a reaction widget's results once its buttons are gone: each label and its share, in plain spans. */
  const resultRow = (labels: string[]): string => `<div>${labels.map((label, i) => `<span>${label}</span> <span>${[41, 23, 17, 12, 7][i]}%</span>`).join(' ')}</div>`;

  it.each([
    ['Indonesian', ['Senang', 'Sedih', 'Marah', 'Kaget', 'Takut']],
    ['Vietnamese', ['Thích', 'Vui', 'Buồn', 'Ngạc nhiên', 'Phẫn nộ']],
    ['Turkish', ['Beğendim', 'Komik', 'Üzgün', 'Kızgın', 'Şaşırdım']],
    ['Korean', ['좋아요', '훈훈해요', '슬퍼요', '화나요', '후속기사 원해요']],
    ['Chinese', ['开心', '难过', '震惊', '愤怒', '搞笑']],
  ])('reads a row of %s reaction labels with their shares as a reaction widget', (_language, labels) => {
    const page = `<article><p>${PROSE}</p>${resultRow(labels)}<p>${PROSE}</p></article>`;
    const text = textAgainst(page, page);
    for (const label of labels) expect(text).not.toContain(label);
  });

  it('leaves a row of the same words that are no buttons: a list of an article\'s findings', () => {
    const list = `<ul><li>Senang</li><li>Sedih</li><li>Marah</li></ul>`;
    const page = `<article><p>${PROSE}</p><p>Responden memilih salah satu dari tiga jawaban:</p>${list}<p>${PROSE}</p></article>`;
    expect(textAgainst(page, page)).toContain('Sedih');
  });
});

describe('a heart\'s counter and like lines', () => {
  it('takes one emoji and one count on their own as a counter; leaves them as a piece of a sentence', () => {
    const counter = `<div class="entry-meta-bottom"><span class="heart-count" title="Mi piace">❤ 58</span></div>`;
    const page = `<article><p>${PROSE}</p>${counter}<p>${PROSE}</p></article>`;
    expect(textAgainst(page, page)).not.toContain('58');
    const sentence = `<article><p>${PROSE}</p><p>Her first post drew <span>❤ 58</span> within the hour, more than any other.</p><p>${PROSE}</p></article>`;
    expect(textAgainst(sentence, sentence)).toContain('❤ 58');
  });

  it.each(['47 Leuten gefällt das', '120 kişi beğendi', '35 người đã thích', '88 orang menyukai ini', '19 osobom podoba się to'])('reads "%s" beside a like button as a like box', (line) => {
    const box = `<div class="likes"><button class="like" type="button"><i class="fa fa-heart"></i></button> <span>${line}</span></div>`;
    const page = `<article><p>${PROSE}</p>${box}<p>${PROSE}</p></article>`;
    expect(textAgainst(page, page)).not.toContain(line);
  });
});

describe('reaction prompts in more languages', () => {
  it.each(['Bagaimana reaksi Anda?', 'Bạn cảm thấy thế nào?', 'Bu habere tepkiniz', 'Twoja reakcja', 'Ваша реакция', 'Reacția ta', 'ما رأيك؟', 'התגובה שלך', '您看完这篇文章后的心情'])('reads "%s" as a widget caption', (line) => {
    expect(namesWidget(line)).toBe(true);
  });

  it.each(['Bu habere göre seçim ertelendi', 'Reaksi kimia di laboratorium', 'Ваша реакция на кризис определит рынок в этом году', 'Reakcja rządu na powódź'])('reads the article line "%s" as no caption', (line) => {
    expect(namesWidget(line)).toBe(false);
  });
});
