import { describe, expect, it } from 'vitest';
import { shareRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const kinds = (html: string): string[] => declutterHtml(`<p>${PROSE}</p>${html}`, [shareRule]).removed.map(({ kind }) => kind);

describe('the share rule', () => {
  it('removes a bar named as such', () => {
    expect(kinds(`<div class="post-share"><a href="#">Facebook</a><a href="#">Twitter</a></div>`)).toEqual(['share']);
  });
  it('removes links to share endpoints under any name', () => {
    expect(kinds(`<div class="u19"><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a><a href="https://twitter.com/intent/tweet?url=x">x</a></div>`)).toEqual(['share']);
  });
  it('removes a "Compartir" label over icon buttons named in aria-labels', () => {
    expect(kinds(`<div><span>Compartir:</span><button aria-label="Facebook">f</button><button aria-label="WhatsApp">w</button></div>`)).toEqual(['share']);
  });
  it('keeps a site\'s own social links without a share label', () => {
    expect(kinds(`<div class="top"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a> <a href="/ig">Instagram</a></div>`)).toEqual([]);
  });
  it('keeps prose that mentions sharing on networks', () => {
    expect(kinds(`<p>Share prices fell after the post was shared on Facebook and Twitter, <a href="/a">analysts said</a>, as <a href="/b">traders</a> sold.</p>`)).toEqual([]);
  });
});
