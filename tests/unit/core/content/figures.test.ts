import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { captionFigures } from '../../../../src/core/content/figures';
import { documentFrom, readFixture } from '../../../harness/fixtures';

describe('figures and footnotes', { timeout: 30_000 }, () => {
  const url = 'http://127.0.0.1:8000/extraction/figures/';
  const outcome = extractArticle(documentFrom(readFixture('extraction/figures/index.html'), url), { url });

  it('keeps photos with their captions as figure and figcaption, the WordPress caption too', () => {
    if (outcome.status !== 'article') throw new Error('no article');
    const doc = documentFrom(`<body>${outcome.article.contentHtml}</body>`);
    const captions = Array.from(doc.querySelectorAll('figure')).map((figure) => [figure.querySelector('img')?.getAttribute('alt'), figure.querySelector('figcaption')?.textContent]);
    expect(captions).toEqual([
      ['The terminal hall seen from the quay', 'The hall seen from the quay on opening day. Photo: Ann Berg'],
      ['The heat pump room', 'The heat pumps draw warmth from the harbour water under the quay.'],
    ]);
  });

  it('keeps footnote references linked to their notes', () => {
    if (outcome.status !== 'article') throw new Error('no article');
    const doc = documentFrom(`<body>${outcome.article.contentHtml}</body>`);
    const refs = Array.from(doc.querySelectorAll('sup a')).map((a) => a.getAttribute('href'));
    expect(refs).toEqual(['#user-content-note-1', '#user-content-note-2']);
    for (const ref of refs) expect(doc.getElementById(ref!.slice(1))?.localName).toBe('li');
  });
});

describe('captionFigures', { timeout: 30_000 }, () => {
  const body = (html: string) => documentFrom(`<!doctype html><body>${html}</body>`).body;

  it('keeps a list of captioned screenshots, with its items, in the article (real Firefox Nightly blog markup)', () => {
    const shot = (n: number, caption: string) =>
      `<ul><li><div id="attachment_${n}" style="width: 1610px" class="wp-caption aligncenter"><a href="https://blog.example/files/shot${n}.png"><img aria-describedby="caption-attachment-${n}" src="https://blog.example/files/shot${n}.png" alt="A table of the remaining bugs" width="1600" height="192"></a><p id="caption-attachment-${n}" class="wp-caption-text">${caption}</p></div></li></ul>`;
    const prose = (topic: string) => `<p>This week the ${topic} team landed a long list of fixes, and the release notes below say what changed for users and for add-on authors alike.</p>`;
    const page = `<!doctype html><html><head><title>These Weeks</title></head><body><article><h1>These Weeks</h1>${prose('front-end')}${prose('platform')}
      <h4>Developer Tools</h4><ul>
        <li><b>DevTools Fission</b> <b>M2</b> – Making DevTools Fission compatible DONE.${shot(995, 'Our DevTools are ready for Fission (out-of-process iframes)!')}</li>
        <li><b>Marionette Fission</b> – Making Marionette Fission compatible DONE${shot(996, 'Marionette is now Fission compatible too!')}</li>
      </ul>${prose('performance')}${prose('search')}</article></body></html>`;
    const url = 'https://blog.example/2020/12/these-weeks/';
    const outcome = extractArticle(documentFrom(page, url), { url });
    if (outcome.status !== 'article') throw new Error('no article');
    expect(outcome.article.textContent).toMatch(/Making DevTools Fission compatible DONE/);
    expect(outcome.article.textContent).toMatch(/Making Marionette Fission compatible DONE/);
    const doc = documentFrom(`<body>${outcome.article.contentHtml}</body>`);
    expect(Array.from(doc.querySelectorAll('figure figcaption')).map((caption) => caption.textContent?.trim())).toEqual([
      'Our DevTools are ready for Fission (out-of-process iframes)!',
      'Marionette is now Fission compatible too!',
    ]);
  });

  it("makes MediaWiki's thumbnail with its caption a figure", () => {
    const root = body('<div class="thumb tright"><div class="thumbinner" style="width:222px;"><a href="/wiki/File:Map.png" class="image"><img alt="A map" src="/map.png" width="220" height="171"></a><div class="thumbcaption"><div class="magnify"><a href="/wiki/File:Map.png" class="internal" title="Enlarge"></a></div>Detail from a 1657 map, showing the western coastline.</div></div></div>');
    captionFigures(root);
    expect(root.querySelector('figure img')?.getAttribute('alt')).toBe('A map');
    expect(root.querySelector('figure figcaption')?.textContent?.trim()).toBe('Detail from a 1657 map, showing the western coastline.');
  });

  it('leaves a paragraph that has an image in its text alone', () => {
    const root = body('<p>Text <img src="/a.jpg" alt=""> and <span class="caption">more text</span> after.</p>');
    captionFigures(root);
    expect(root.querySelector('figure')).toBeNull();
  });

  it('leaves a gallery of several photos alone', () => {
    const root = body('<div><img src="/a.jpg" alt=""><img src="/b.jpg" alt=""><p class="caption">Two photos</p></div>');
    captionFigures(root);
    expect(root.querySelector('figure')).toBeNull();
  });
});
