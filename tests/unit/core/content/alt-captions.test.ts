import { describe, expect, it } from 'vitest';
import { captionDetachedPhotos } from '../../../../src/core/content/alt-captions';
import { documentFrom } from '../../../harness/fixtures';

const ALT = 'Firefighters carry a hose up the hill above the village of Santa Ana on Tuesday';

function body(html: string): Element {
  return documentFrom(`<html><body>${html}</body></html>`).body;
}

describe('captionDetachedPhotos', () => {
  it('makes the panel that repeats a photo\'s alt text its caption, once, whatever the spacing and case', () => {
    const root = body(
      `<div class="carousel"><img src="/fire.jpg" alt="${ALT}"></div>` +
        `<div class="panel"><div><h2>\n   ${ALT.toUpperCase().replace(/ /g, '\n      ')}\n</h2></div><p>${ALT}</p></div>` +
        '<p>The fire had burned for three days before the wind turned and the crews could hold the line.</p>',
    );
    captionDetachedPhotos(root);
    expect(root.querySelectorAll('figure')).toHaveLength(1);
    expect(root.querySelector('figure img')?.getAttribute('src')).toBe('/fire.jpg');
    expect(root.querySelector('figure figcaption')?.textContent?.replace(/\s+/g, ' ').trim().toLowerCase()).toBe(ALT.toLowerCase());
    // The repeat goes; the article's paragraph stays.
    expect(root.textContent?.replace(/\s+/g, " ").toLowerCase().match(/santa ana/g)).toHaveLength(1);
    expect(root.textContent).toContain('The fire had burned');
  });

  it('leaves a paragraph alone that only begins with the alt text', () => {
    const root = body(`<div><img src="/fire.jpg" alt="${ALT}"></div><div><p>${ALT}, and the road closed.</p></div>`);
    captionDetachedPhotos(root);
    expect(root.querySelector('figure')).toBeNull();
  });

  it('finds a caption whose words are split over inline elements, in any script', () => {
    const greek = 'ΑΣΤΡΟΝΟΜΟΙ ΚΟΙΤΟΥΝ ΤΟΝ ΟΥΡΑΝΟ ΠΑΝΩ ΑΠΟ ΤΟ ΧΩΡΙΟ ΤΗΣ ΣΑΝΤΑ ΑΝΑ ΤΗΝ ΤΡΙΤΗ';
    const turkish = 'İstanbul\'da itfaiyeciler salı günü köyün üstündeki tepeye bir hortum taşıyor';
    const root = body(
      `<div class="carousel"><div><img src="/fire.jpg" alt="${ALT}"><img src="/sky.jpg" alt="${greek.toLowerCase()}"><img src="/city.jpg" alt="${turkish}"></div></div>` +
        `<aside><div class="panel"><span>\n</span><p><b>Fire</b>fighters <i>carry</i> ${ALT.slice('Firefighters carry '.length)}</p></div></aside>` +
        // Lowered alone, "ΑΣ" ends in a final sigma; within its word it does not.
        `<aside><div class="panel"><p><b>ΑΣ</b>ΤΡΟΝΟΜΟΙ ${greek.slice('ΑΣΤΡΟΝΟΜΟΙ '.length)}</p></div></aside>` +
        // Lowered, the dotted capital I is two code units.
        `<aside><div class="panel"><p><b>İ</b>${turkish.slice(1)}</p></div></aside>` +
        '<p>The fire had burned for three days before the wind turned and the crews could hold the line.</p>',
    );
    captionDetachedPhotos(root);
    expect(Array.from(root.querySelectorAll('figure img'), (img) => img.getAttribute('src'))).toEqual(['/fire.jpg', '/sky.jpg', '/city.jpg']);
    expect(root.querySelectorAll('figcaption')).toHaveLength(3);
  });
});
