import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Host, WidgetVariant } from '../../../bench/lib/widget-corpus';
import { loadHosts, loadVariants } from '../../../bench/lib/widget-corpus';
import { containsPhrase, normalizeText } from '../../../bench/lib/widget-match';
import { chooseHosts, generatePages, hostAnchors, placeWidget, planPages, POSITIONS, splitHeading } from '../../../bench/lib/widget-pages';

const HOST_HTML = `<!DOCTYPE html><html lang="en"><head><title>Tide gauges</title></head><body>
<header><a href="/">Coast News</a></header>
<main><article><h1>Where the tide gauges are</h1>
<div class="entry-content"><p id="p1">The first gauge was fixed to the harbour wall in 1862 by the port authority.</p><p id="p2">Readings were taken by hand every hour until an automatic float recorder arrived.</p><p id="p3">Today the station reports every six minutes to the national network.</p><p id="p4">Its records show the sea rising by about two millimetres a year.</p></div>
</article></main><footer>Coast News Ltd</footer></body></html>`;

const HOST: Host = {
  name: 'tide',
  file: 'tide.html',
  url: 'https://coast.example/tide',
  lang: 'en',
  aboutReactions: false,
  bodySelector: 'div.entry-content',
  mustKeep: ['The first gauge was fixed to the harbour wall', 'Readings were taken by hand every hour', 'Today the station reports every six minutes', 'Its records show the sea rising'],
  split: 'both',
  source: { corpus: 'test', page: 'tide', notes: '' },
  html: HOST_HTML,
};

const VARIANT: WidgetVariant = {
  family: 'demo-reactions',
  kind: 'reaction-picker',
  name: 'boxed',
  file: 'boxed.html',
  language: 'en',
  split: 'development',
  heading: 'h3.q',
  mustDrop: ['How do you feel?', '4,321'],
  html: '<div class="rx"><h3 class="q">How do you feel?</h3><ul class="rx-list"><li><span>4,321</span></li></ul></div>',
};

const parts = splitHeading(VARIANT);
const page = (position: (typeof POSITIONS)[number]): Document =>
  new JSDOM(placeWidget(HOST_HTML, hostAnchors(HOST), VARIANT.html, parts, position)).window.document as unknown as Document;

describe('widget page generator: positions', () => {
  it('before the body: the widget is the body container\'s child right before the first paragraph', () => {
    const box = page('before-body').querySelector('.rx')!;
    expect(box.parentElement!.className).toBe('entry-content');
    expect(box.nextElementSibling!.id).toBe('p1');
    expect(box.previousElementSibling).toBeNull();
  });

  it('between paragraphs: after the middle paragraph', () => {
    const box = page('between-paragraphs').querySelector('.rx')!;
    expect(box.previousElementSibling!.id).toBe('p2');
    expect(box.nextElementSibling!.id).toBe('p3');
  });

  it('after the body: the container\'s last child, after the last paragraph', () => {
    const box = page('after-body').querySelector('.rx')!;
    expect(box.parentElement!.className).toBe('entry-content');
    expect(box.previousElementSibling!.id).toBe('p4');
    expect(box.nextElementSibling).toBeNull();
  });

  it('sibling of the body: right after the container, outside it', () => {
    const doc = page('sibling-of-body');
    const box = doc.querySelector('.rx')!;
    expect(box.previousElementSibling!.className).toBe('entry-content');
    expect(doc.querySelector('.entry-content .rx')).toBeNull();
  });

  it('heading outside: the question is the box\'s previous sibling, no longer inside it', () => {
    const doc = page('heading-outside');
    const box = doc.querySelector('.rx')!;
    expect(box.querySelector('h3')).toBeNull();
    expect(box.previousElementSibling!.matches('h3.q')).toBe(true);
    expect(box.previousElementSibling!.previousElementSibling!.id).toBe('p4');
    expect(doc.querySelectorAll('h3.q')).toHaveLength(1);
  });

  it('a widget without a heading of its own gets the heading its theme prints, or none', () => {
    const themed = splitHeading({ ...VARIANT, heading: undefined, outsideHeading: '<p class="t">Rate this</p>' });
    expect(themed).toEqual({ box: VARIANT.html, heading: '<p class="t">Rate this</p>' });
    expect(splitHeading({ ...VARIANT, heading: undefined })).toEqual({ box: VARIANT.html, heading: '' });
  });

  it('keeps the host byte for byte: only the widget is added', () => {
    for (const position of POSITIONS) {
      const html = placeWidget(HOST_HTML, hostAnchors(HOST), VARIANT.html, parts, position);
      const inserted = position === 'heading-outside' ? `\n${parts.heading}\n${parts.box}\n` : `\n${VARIANT.html}\n`;
      expect(html.replace(inserted, '')).toBe(HOST_HTML);
    }
  });

  it('refuses a host whose body it cannot find', () => {
    expect(() => hostAnchors({ ...HOST, bodySelector: 'div.missing' })).toThrow(/no element matches/);
  });
});

describe('widget page generator: choices', () => {
  it('never places a widget into a host that already says one of its must-drop strings', () => {
    const saying = { ...HOST, name: 'saying', html: HOST_HTML.replace('1862', '4,321') };
    const texts = new Map([
      ['tide', normalizeText('the first gauge was fixed to the harbour wall in 1862')],
      ['saying', normalizeText('the first gauge was fixed to the harbour wall in 4,321')],
    ]);
    expect(chooseHosts(VARIANT, [saying, HOST], texts, 3).map((host) => host.name)).toEqual(['tide']);
  });

  it('is deterministic on the real corpus: the same plan and the same pages twice', () => {
    const hosts = loadHosts().filter((host) => ['ars-1', 'fixture-reactionsStudy', 'lemonde-1'].includes(host.name));
    const variants = loadVariants('development').slice(0, 2);
    const first = [...generatePages(variants, hosts, { hostsPerVariant: 2 })];
    const second = [...generatePages(variants, hosts, { hostsPerVariant: 2 })];
    expect(first.length).toBe(variants.length * 2 * POSITIONS.length);
    expect(second.map((p) => [p.id, p.html])).toEqual(first.map((p) => [p.id, p.html]));
    expect(new Set(first.map((p) => p.id)).size).toBe(first.length);
    expect(planPages(variants, hosts, { hostsPerVariant: 2 }).map((p) => p.id)).toEqual(first.map((p) => p.id));
    // Every page but the heading-outside ones carries the widget's markup exactly once.
    for (const generated of first.filter((p) => p.position !== 'heading-outside')) {
      const widget = variants.find((v) => v.name === generated.variant)!.html;
      expect(generated.html.split(widget).length - 1).toBe(1);
    }
  });
}, 60_000);

describe('widget benchmark matching', () => {
  const text = normalizeText('Votes: 4,321 in 2012, Like12 and likely — 1.4K shares. 山田花子をフォローする');
  it('finds whole numbers and words only', () => {
    expect(containsPhrase(text, '4,321')).toBe(true);
    expect(containsPhrase(text, '321')).toBe(false);
    expect(containsPhrase(text, '12')).toBe(true); // a label run into its count: "Like12"
    expect(containsPhrase(text, '201')).toBe(false);
    expect(containsPhrase(text, 'Like')).toBe(true);
    expect(containsPhrase(text, 'like')).toBe(true);
    expect(containsPhrase(text, 'lik')).toBe(false);
    expect(containsPhrase(text, '1.4K')).toBe(true);
    expect(containsPhrase(text, 'をフォローする')).toBe(true);
    expect(containsPhrase(text, 'votes:')).toBe(true);
    expect(containsPhrase(text, '4,32')).toBe(false);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(containsPhrase(normalizeText('What’s your Reaction?'), "What's your reaction?")).toBe(true);
  });
});
