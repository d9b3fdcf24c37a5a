import { describe, expect, it } from 'vitest';
import { declutter, RemovalReport } from '../../../../src/core/declutter';
import { captionKind, isEngagementCaption, isEngagementRequest } from '../../../../src/core/declutter/widget-caption';
import { HELPFUL_QUESTION } from '../../../../src/core/declutter/rules/reaction-words';
import { PROSE } from '../../../harness/declutter';
import { documentFrom } from '../../../harness/fixtures';

/**
 * Widgets the engine let through on the fifth fresh set: a counter's caption that asks the reader in two short
 * sentences, requests to like or share in languages that put the request last, "Was this page helpful?" and
 * follow captions in more languages, a rating's name in Indonesian and Vietnamese, a forum thread's rating. The
 * markup is ours, in the shapes clap and like buttons, feedback blocks and follow boxes print; the keep cases are
 * an article's own.
 */

/** Declutters `content` (what Readability kept) against the page as published, `page`; returns the text. */
function textAgainst(content: string, page: string): string {
  const doc = documentFrom(`<!DOCTYPE html><html><body>${content}</body></html>`);
  const original = documentFrom(`<!DOCTYPE html><html><head><title>Village trattoria</title></head><body>${page}</body></html>`);
  declutter(doc.body, new RemovalReport(), undefined, null, original);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A clap or heart button as a blog theme prints it: one button, an emoji or icon and its count. */
const COUNTER = `<div class="claps"><button class="clap"><span class="icon">👏</span><span class="count"></span><span class="total">1.347</span></button></div>`;

describe('a heading that asks the reader in two short sentences, right above one counter button', () => {
  it('goes with the counter Readability dropped, before or after the prose', () => {
    const caption = 'Ti è piaciuto? Lascia un applauso';
    for (const after of ['', `<p>${PROSE}</p>`]) {
      const content = `<div><p>${PROSE}</p><h4>${caption}</h4>${after}</div>`;
      const page = `<article><p>${PROSE}</p><h4>${caption}</h4>${COUNTER}${after}</article>`;
      const text = textAgainst(content, page);
      expect(text).not.toContain('applauso');
      expect(text).toContain('The council voted');
    }
  });

  it('stays when what follows it in the page is the article, not a counter', () => {
    const caption = 'Why now? The council explains';
    const content = `<div><p>${PROSE}</p><h4>${caption}</h4><p>${PROSE}</p></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p><h4>${caption}</h4><p>${PROSE}</p></article>`)).toContain(caption);
    // A button with words ("Subscribe") is no counter.
    const button = `<div><button>Subscribe</button></div>`;
    expect(textAgainst(content, `<article><p>${PROSE}</p><h4>${caption}</h4>${button}<p>${PROSE}</p></article>`)).toContain(caption);
  });
});

describe('requests and questions in more languages', () => {
  it('reads a request to like or share this page in Japanese, Chinese, Korean and French as a request', () => {
    for (const line of ['役に立ったら「いいね」をお願いします', '如果您觉得有用就请点赞和分享', '좋아요를 눌러주세요', 'Vous avez aimé cet article ?', 'Rate this thread']) {
      expect(isEngagementRequest(line), line).toBe(true);
    }
  });

  it('does not read an article\'s sentences as requests', () => {
    for (const line of ['市議会は新しい路線を承認しました', '市议会批准了新的电车线路', 'Vous avez aimé ce quartier, dit-elle', 'The thread of the story']) {
      expect(isEngagementRequest(line), line).toBe(false);
    }
  });

  it('reads "Was this page helpful?" in Japanese, Chinese, Korean, Hindi and Turkish', () => {
    for (const line of ['このページは役に立ちましたか？', '这篇文章对您有帮助吗？', '이 문서가 도움이 되었나요?', 'क्या यह पेज उपयोगी था?', 'Bu makale yararlı mı?']) {
      expect(HELPFUL_QUESTION.test(line), line).toBe(true);
    }
  });

  it('names follow captions in Persian, Hindi, Vietnamese and Thai, and ratings in Indonesian and Vietnamese', () => {
    for (const line of ['ما را در شبکه‌های اجتماعی دنبال کنید', 'हमें फ़ॉलो करें', 'Theo dõi chúng tôi trên Facebook', 'ติดตามเรา']) {
      expect(captionKind(line), line).toBe('social');
    }
    for (const line of ['Penilaian pembaca', 'Đánh giá của chúng tôi']) expect(isEngagementCaption(line), line).toBe(true);
    expect(captionKind('Penilaian terhadap kebijakan baru pemerintah daerah')).toBe(null);
  });
});
