import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { isLetterHeader } from '../../../../src/core/content/letter-header';
import { documentFrom } from '../../../harness/fixtures';

// Our own markup, shaped as newsletter archives and mailing-list pages print a letter: the mail's fields, one per
// line, in a box of their own above the box of the letter's body.
const url = 'https://example.org/letters/winter-timetable/';
const sentence = 'The harbour board met to agree the winter timetable for the ferries, with an extra crossing on market days and a later last boat on Fridays. ';

function page(fields: string): string {
  return `<!doctype html><html lang="en"><head><title>Winter timetable</title></head><body>
    <nav><a href="/">Home</a> <a href="/letters/">Letters</a></nav>
    <main><article><h1>Winter timetable</h1>
      <div class="mail-fields">${fields}</div>
      <div class="letter-body"><p>${sentence.repeat(3)}</p><p>${sentence.repeat(3)}</p></div>
    </article></main>
    <footer><p>© The Harbour Gazette</p></footer></body></html>`;
}

function articleText(html: string): string {
  const outcome = extractArticle(documentFrom(html, url), { url });
  if (outcome.status !== 'article') throw new Error('no article');
  return outcome.article.textContent;
}

function block(html: string): Element {
  return documentFrom(`<body><div>${html}</div></body>`).body.firstElementChild!;
}

describe('the header of a letter', () => {
  it('stays above the body, every field in order', () => {
    const text = articleText(
      page('<p><span>From:</span> <span>Harbour Board &lt;board@example.org&gt;</span></p><p><span>To:</span> <span>Ferry users</span></p><p><span>Subject:</span> <span>Winter timetable</span></p><p><span>Date:</span> <span>Mon, 3 Nov 2025</span></p>'),
    );
    const at = (words: string) => text.indexOf(words);
    expect(at('From: Harbour Board')).toBeGreaterThanOrEqual(0);
    expect(at('To: Ferry users')).toBeGreaterThan(at('From: Harbour Board'));
    expect(at('Subject: Winter timetable')).toBeGreaterThan(at('To: Ferry users'));
    expect(at('Date: Mon, 3 Nov 2025')).toBeGreaterThan(at('Subject: Winter timetable'));
    expect(at('The harbour board met')).toBeGreaterThan(at('Date: Mon'));
    expect(text).not.toContain('Harbour Gazette');
  });

  it('is known in other languages', () => {
    expect(isLetterHeader(block('<p>Von: Hafenamt</p><p>Betreff: Winterfahrplan</p>'))).toBe(true);
    expect(isLetterHeader(block('<p>De : Capitainerie</p><p>Objet : Horaires d’hiver</p><p>Date : 3 novembre</p>'))).toBe(true);
    expect(isLetterHeader(block('<p>De: Capitanía</p><p>Para: Usuarios</p>'))).toBe(true);
  });

  it('needs a sender and a recipient or subject, and nothing but fields', () => {
    // A post's date and reading time are no letter.
    expect(isLetterHeader(block('<p>Date: 3 November 2025</p><p>Updated: 4 November 2025</p>'))).toBe(false);
    // A sender alone, or fields beside a sentence.
    expect(isLetterHeader(block('<p>From: Harbour Board</p>'))).toBe(false);
    expect(isLetterHeader(block(`<p>From: Harbour Board</p><p>To: Ferry users</p><p>${sentence}</p>`))).toBe(false);
    // A label with nothing after it is a form, not a header.
    expect(isLetterHeader(block('<label>From:</label><label>To:</label>'))).toBe(false);
  });

  it('is not added when the page has none', () => {
    const text = articleText(page('<p>Filed under ferries</p><p>Share this letter</p>'));
    expect(text).not.toMatch(/From:|Subject:/);
    expect(text).toContain('The harbour board met');
  });
});
