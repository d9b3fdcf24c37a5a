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

describe('a row of network buttons under any name', () => {
  const row = (caption: string) => `<div class="q1"><h3>${caption}</h3><ul>`
    + ['WhatsApp', 'Facebook', 'Twitter'].map((network) => `<li><a href="https://news.example/a/?s=${network}" title="Klick, um auf ${network} zu teilen"><span></span><span>Klick, um auf ${network} zu teilen (Wird in neuem Fenster geöffnet)</span></a></li>`).join('')
    + '</ul></div>';
  it('is a share bar: each link names one network', () => {
    expect(kinds(row('Teilen mit:'))).toEqual(['share']);
  });
  it('is a follow box when its caption says so', () => {
    expect(kinds(row('Síguenos'))).toEqual(['social']);
  });
  it('is a follow box when it starts with a follow verb', () => {
    expect(kinds('<p>Follow Backchannel: <a href="https://twitter.com/b">Twitter</a> | <a href="https://facebook.com/b">Facebook</a></p>')).toEqual(['social']);
  });
  it('is no bar when a link names two networks', () => {
    expect(kinds(`<div><a href="/a">Facebook and Twitter fined</a> <a href="/b">LinkedIn results</a></div>`)).toEqual([]);
  });
});
