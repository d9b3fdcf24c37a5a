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
