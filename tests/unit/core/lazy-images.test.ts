import { describe, expect, it } from 'vitest';
import { restoreLazyImages } from '../../../src/core/lazy-images';
import { documentFrom } from '../../harness/fixtures';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function restored(html: string): HTMLElement {
  const doc = documentFrom(`<!DOCTYPE html><html><body>${html}</body></html>`);
  restoreLazyImages(doc.body);
  return doc.body;
}

const srcs = (body: HTMLElement): (string | null)[] => Array.from(body.querySelectorAll('img'), (img) => img.getAttribute('src'));

describe('restoreLazyImages', () => {
  it.each(['data-src', 'data-lazy-src', 'data-original'])('restores %s over a placeholder', (attribute) => {
    expect(srcs(restored(`<img src="${GIF}" ${attribute}="/a.jpg">`))).toEqual(['/a.jpg']);
  });

  it('restores data-srcset and takes its first candidate as src', () => {
    const img = restored(`<img src="/img/placeholder.png" data-srcset="/a-800.jpg 800w, /a-1600.jpg 1600w" loading="lazy">`).querySelector('img')!;
    expect(img.getAttribute('srcset')).toBe('/a-800.jpg 800w, /a-1600.jpg 1600w');
    expect(img.getAttribute('src')).toBe('/a-800.jpg');
    expect(img.hasAttribute('loading')).toBe(false);
  });

  it('restores picture sources', () => {
    const body = restored(`<picture><source data-srcset="/a.webp"><img src="/a.jpg"></picture>`);
    expect(body.querySelector('source')?.getAttribute('srcset')).toBe('/a.webp');
  });

  it('leaves a real src alone', () => {
    expect(srcs(restored(`<img src="/real.jpg" data-src="/other.jpg">`))).toEqual(['/real.jpg']);
  });

  it('replaces a placeholder with the image of the noscript after it', () => {
    const body = restored(`<img class="lazy" src="${GIF}"><noscript><img src="/a.jpg" width="1200" alt="A"></noscript>`);
    expect(srcs(body)).toEqual(['/a.jpg']);
    expect(body.querySelector('img')?.getAttribute('alt')).toBe('A');
    expect(body.querySelector('noscript')).toBeNull();
  });

  it('reads a noscript image kept as text, as browsers with scripting on keep it', () => {
    const doc = documentFrom('<!DOCTYPE html><html><body><img src=""><noscript></noscript></body></html>');
    doc.querySelector('noscript')!.textContent = '<img src="/a.jpg?w=1&amp;h=2" alt="A">';
    restoreLazyImages(doc.body);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('/a.jpg?w=1&h=2');
  });

  it.each([
    ['a 1×1 pixel', '<img src="/p.gif" width="1" height="1">'],
    ['a tracker by its URL', '<img src="https://metrics.example/b/ss/acct/1/track.gif?p=1">'],
    ['an icon', '<img src="/icons/mail.png" width="16" height="16">'],
    ['a pixel sized in its style', '<img src="/x.gif" style="width:1px;height:1px">'],
  ])('drops %s', (_, html) => {
    expect(srcs(restored(`${html}<img src="/keep.jpg" width="800" height="450">`))).toEqual(['/keep.jpg']);
  });
});
