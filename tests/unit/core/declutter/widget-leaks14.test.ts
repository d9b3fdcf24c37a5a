import { describe, expect, it } from 'vitest';
import { declutter, RemovalReport } from '../../../../src/core/declutter';
import { PROSE } from '../../../harness/declutter';
import { documentFrom } from '../../../harness/fixtures';

/**
 * A caption set as a plain paragraph over a reaction, rating or like widget ("Twoja reakcja", "Bu habere
 * tepkiniz"), with no question mark and none of the caption words the engine reads: it goes with the widget when
 * nothing is left for it to introduce, in any language, whether our rules or Readability took the widget. A
 * credit line, a sentence, a line before a share bar and a line the prose goes on after stay. The markup is ours,
 * in the shapes emoji-reaction plugins and post-like buttons print.
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
  it.each(['Twoja reakcja', 'Bu habere tepkiniz', 'Bagaimana reaksi Anda', 'আপনার প্রতিক্রিয়া', 'ความรู้สึกของคุณหลังอ่านข่าวนี้'])('goes with the emoji picker our rules take: "%s"', (caption) => {
    const page = `<article><p>${PROSE}</p><p>${caption}</p>${PICKER}</article>`;
    expect(textAgainst(page, page)).not.toContain(caption);
  });

  it('goes when Readability dropped the like button it captioned, which only the page as published still has', () => {
    const caption = 'Mitä mieltä olet';
    expect(textAgainst(`<div><p>${PROSE}</p><p>${caption}</p></div>`, `<article><p>${PROSE}</p><p>${caption}</p>${HEART}</article>`)).not.toContain(caption);
  });

  it('stays when the prose goes on after the widget: it may title what follows', () => {
    const caption = 'Twoja reakcja';
    const page = `<article><p>${PROSE}</p><p>${caption}</p>${PICKER}<p>${PROSE}</p></article>`;
    expect(textAgainst(page, page)).toContain(caption);
  });

  it.each(['With inputs from PTI', 'Reporting by Jane Doe', 'The vote is set for 2027', 'Approved by the council.', 'It was a long night and nobody slept'])('leaves an article line in the same place: "%s"', (line) => {
    const page = `<article><p>${PROSE}</p><p>${line}</p>${PICKER}</article>`;
    expect(textAgainst(page, page)).toContain(line);
  });

  it('leaves a short line before a share bar: only reaction, rating and like widgets take a paragraph caption', () => {
    const line = 'Twoja reakcja';
    const share = `<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">X</a> <a href="https://wa.me/?text=x">WhatsApp</a></div>`;
    const page = `<article><p>${PROSE}</p><p>${line}</p>${share}</article>`;
    const text = textAgainst(page, page);
    expect(text).not.toContain('WhatsApp');
    expect(text).toContain(line);
  });
});
