import { describe, expect, it } from 'vitest';
import { adsRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const kinds = (html: string): string[] => declutterHtml(`<p>${PROSE}</p>${html}`, [adsRule]).removed.map(({ kind }) => kind);

describe('the ads rule', () => {
  it.each([
    ['an ad-named slot', `<div class="ad-space ad-inline"><a href="#"><img src="/b.png"></a></div>`],
    ['an AdSense unit', `<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>`],
    ['an ad-network frame', `<iframe src="https://securepubads.g.doubleclick.net/gampad/ads?sz=300x250"></iframe>`],
    ['a slot whose only text is its label', `<div class="q"><p>Anzeige</p><a href="https://ads.example/c"><img src="/b.jpg"></a></div>`],
    ['a sponsored link', `<div class="q2"><a href="https://p.example" rel="sponsored">Sponsored: a card</a></div>`],
  ])('removes %s', (_, html) => {
    expect(kinds(html)).toEqual(['ads']);
  });
  it.each([
    ['a block named "header" or "shadow"', `<div class="header shadow"><a href="/">Home</a></div>`],
    ['prose about advertising', `<p>Advertising revenue fell by a tenth, <a href="/r">the report said</a>, as brands cut budgets.</p>`],
    ['a video frame', `<iframe src="https://www.youtube.com/embed/abc"></iframe>`],
    ['a message of written sentences whose class says "ads"', `<div class="adn ads"><span>Jane Doe</span><p>Thanks for the notes on the plan. I will send the revised budget and the new schedule to the whole team by Friday morning, before the call.</p></div>`],
    [
      'a short message classed like the long messages of its thread',
      `<div class="adn ads"><p>${PROSE}</p></div><div class="adn ads"><span>Jane Doe</span> <span>May 15, 8:05 AM</span><p>Booked, see you Tuesday.</p></div>`,
    ],
  ])('keeps %s', (_, html) => {
    expect(kinds(html)).toEqual([]);
  });
});
