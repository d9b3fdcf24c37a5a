import { describe, expect, it } from 'vitest';
import { socialRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const only = [socialRule];

describe('the social rule', () => {
  it.each([
    ['a people-like-this box', `<div><p>18K people like this. Sign up to see what your friends like.</p></div>`],
    ['a follow row', `<div><b>Follow us</b> <a href="https://facebook.com/x">Facebook</a> <a href="https://instagram.com/x">Instagram</a></div>`],
    ['a Spanish follow row', `<div>Síguenos en <a href="https://x.com/x">X</a> y <a href="https://youtube.com/x">YouTube</a></div>`],
    ['a feed box', `<div><h4>Subscribe via RSS</h4><a href="/feed">Feed</a></div>`],
    ['a Japanese follow request left alone', `<div><p>山田花子をフォローする</p></div>`],
    ['a follow request left alone', `<p>Follow Jane Doe</p>`],
    ['a page plugin frame', `<iframe src="https://www.facebook.com/plugins/page.php?href=x"></iframe>`],
  ])('removes %s as a social box, not a reaction widget', (_, html) => {
    const { removed } = declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, only);
    expect(removed).toEqual([expect.objectContaining({ kind: 'social', count: 1 })]);
  });

  it('keeps a section heading that starts with "Follow"', () => {
    expect(declutterHtml(`<p>${PROSE}</p><h3>Follow the money</h3><p>${PROSE}</p>`, only).removed).toEqual([]);
  });

  it('keeps a sentence about following a network', () => {
    const html = `<p>Follow us on a long walk through the valley, where the council plans to build a new footbridge next year.</p>`;
    expect(declutterHtml(`<p>${PROSE}</p>${html}`, only).removed).toEqual([]);
  });
});
