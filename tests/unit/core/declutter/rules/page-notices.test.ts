import { describe, expect, it } from 'vitest';
import { navigationRule, playerRule, promoRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const only = [navigationRule, playerRule, promoRule];

describe('page notices', () => {
  it.each([
    ['navigation', `<p><a href="#main">Skip to content</a></p>`],
    ['navigation', `<div><a href="#inhalt">Zum Inhalt springen</a></div>`],
    ['player', `<p>Media playback is unsupported on your device</p>`],
    ['player', `<p>Your browser does not support the video tag.</p>`],
    ['promo', `<p><a href="https://apps.example/get"><b>CLICK HERE TO GET THE NEWS DAILY APP</b></a></p>`],
    ['promo', `<p>Powered by SmartAsset.com</p>`],
  ])('removes a %s line', (kind, html) => {
    const { removed } = declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, only);
    expect(removed).toEqual([expect.objectContaining({ kind, count: 1 })]);
  });

  it.each([
    ['a sentence about an app', `<p>The council said residents could download the app to report potholes.</p>`],
    ['a short paragraph naming an app store', `<p>1Password kostet aktuell knapp 50 Euro im <a href="https://apps.example/1p">Mac App Store</a>.</p>`],
  ])('keeps %s', (_, html) => {
    expect(declutterHtml(`<p>${PROSE}</p>${html}`, only).removed).toEqual([]);
  });
});
