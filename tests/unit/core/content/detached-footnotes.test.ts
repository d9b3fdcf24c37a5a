import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { attachDetachedFootnotes } from '../../../../src/core/content/detached-footnotes';
import { documentFrom } from '../../../harness/fixtures';

// Our own markup, shaped as footnote plugins render notes: the list after the post's body, in a wrapper of the
// template's own (WordPress themes print `the_content()` and a plugin's notes box as siblings).
const url = 'https://example.org/2024/harbour/';
const sentence = 'The harbour board met to agree the winter timetable for the ferries, with an extra crossing on market days and a later last boat on Fridays. ';

function page(body: string, notes: string): string {
  return `<!doctype html><html lang="en"><head><title>Winter ferries</title></head><body>
    <div class="site"><article class="post"><h1>Winter ferries</h1><div class="entry">${body}</div></article>
    <div class="after-post">${notes}</div><footer><p>© The Harbour Gazette</p></footer></div></body></html>`;
}

function articleBody(html: string): HTMLElement {
  const outcome = extractArticle(documentFrom(html, url), { url });
  if (outcome.status !== 'article') throw new Error('no article');
  return documentFrom(`<body>${outcome.article.contentHtml}</body>`).body;
}

describe('footnotes outside the article box', () => {
  it('come back after the body when its marks link to them', () => {
    const body = `<p>${sentence.repeat(3)}The board agreed<sup><a href="#fn-1">1</a></sup>.</p><p>${sentence.repeat(3)}Fares stay<sup><a href="#fn-2">2</a></sup>.</p>`;
    const notes = '<div class="notes"><h3>Notes</h3><ol><li id="fn-1">By seven votes to two, after a long debate.</li><li id="fn-2">Until the spring review of the timetable.</li></ol></div>';
    const content = articleBody(page(body, notes));
    expect(Array.from(content.querySelectorAll('li'), (li) => li.textContent)).toEqual(['By seven votes to two, after a long debate.', 'Until the spring review of the timetable.']);
    expect(content.querySelector('h3')?.textContent).toBe('Notes');
    expect(content.textContent).not.toContain('Harbour Gazette');
  });

  it('come back for bare numbered marks when the list\'s items are numbered the same way, and the marks link to them', () => {
    const body = `<p>${sentence.repeat(3)}The board agreed<sup>1</sup>.</p><p>${sentence.repeat(3)}Fares stay<sup>2</sup>.</p>`;
    const notes = '<div><h4>Footnotes</h4><ol><li id="footnote-1">By seven votes to two, after a long debate.</li><li id="footnote-2">Until the spring review of the timetable.</li></ol></div>';
    const content = articleBody(page(body, notes));
    expect(content.querySelectorAll('li')).toHaveLength(2);
    expect(Array.from(content.querySelectorAll('sup > a'), (a) => a.getAttribute('href'))).toEqual(['#user-content-footnote-1', '#user-content-footnote-2']);
  });

  it('stay away when the numbers do not match, the notes are already in the body, or a list is no notes at all', () => {
    const doc = (html: string) => documentFrom(`<body>${html}</body>`, url);
    const unnumbered = doc('<div id="c"><p>Text<sup>1</sup> and<sup>2</sup>.</p></div><ol><li id="item-1">One</li><li id="item-2">Two</li><li id="item-3">Three</li></ol>');
    const content = unnumbered.getElementById('c')!;
    attachDetachedFootnotes(content, unnumbered);
    expect(content.querySelector('ol')).toBeNull();

    const inside = doc('<div id="c"><p>Text<sup><a href="#n1">1</a></sup>.</p><ol><li id="n1">A note of the body.</li></ol></div>');
    const body = inside.getElementById('c')!;
    attachDetachedFootnotes(body, inside);
    expect(body.querySelectorAll('ol')).toHaveLength(1);

    const menu = doc('<div id="c"><p>Text without marks.</p></div><ul><li id="menu-1">Home</li><li id="menu-2">News</li></ul>');
    const plain = menu.getElementById('c')!;
    attachDetachedFootnotes(plain, menu);
    expect(plain.querySelector('ul')).toBeNull();
  });
});
