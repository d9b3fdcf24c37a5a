// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectSentences, sentenceSpans } from '../../../src/reader/sentences';

function article(html: string): HTMLElement {
  const root = document.createElement('article');
  root.append(...Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes));
  document.body.replaceChildren(root);
  return root;
}

describe('sentenceSpans', () => {
  it('gives each sentence with the offsets it spans, whitespace trimmed and collapsed', () => {
    const text = '  One   two.  Three \t four? ';
    const spans = sentenceSpans(text, 'en');
    expect(spans.map((span) => span.text)).toEqual(['One two.', 'Three four?']);
    for (const span of spans) expect(text.slice(span.start, span.end).replace(/\s+/g, ' ')).toBe(span.text);
  });

  it('falls back to English rules for a language tag that is not one', () => {
    expect(sentenceSpans('A b. C d.', 'not a tag!').map((span) => span.text)).toEqual(['A b.', 'C d.']);
  });
});

describe('collectSentences', () => {
  it('reads headings, paragraphs, list items, quotes and captions in order, innermost blocks only', () => {
    const root = article(`
      <h2>A heading</h2>
      <p>First one. Second one.</p>
      <ul><li><p>Item paragraph.</p></li><li>Plain item.</li></ul>
      <blockquote>A quote.</blockquote>
      <figure><figcaption>A caption.</figcaption></figure>`);
    expect(collectSentences([root], 'en').map((s) => s.text)).toEqual([
      'A heading', 'First one.', 'Second one.', 'Item paragraph.', 'Plain item.', 'A quote.', 'A caption.',
    ]);
  });

  it('skips code, formulas, tables and what is hidden from assistive technology', () => {
    const root = article(`
      <p>Kept. <code>skipped()</code> Also kept.</p>
      <pre>not read</pre>
      <table><tr><td><p>in a table</p></td></tr></table>
      <p aria-hidden="true">hidden</p>
      <p hidden>hidden too</p>
      <p><img hidden alt="A map"><span class="image-unloaded">Image not loaded: A map</span></p>`);
    expect(collectSentences([root], 'en').map((s) => s.text)).toEqual(['Kept.', 'Also kept.']);
  });

  it('gives a range over exactly the sentence, across inline elements, so it can be highlighted', () => {
    const root = article('<p>Intro here. A <em>marked</em> sentence ends. Last.</p>');
    const [, second] = collectSentences([root], 'en');
    expect(second!.text).toBe('A marked sentence ends.');
    expect(second!.range().toString()).toBe('A marked sentence ends.');
    expect(second!.block.tagName).toBe('P');
  });

  it('reads several roots (the title, then the body)', () => {
    const body = article('<p>Body text.</p>');
    const title = document.createElement('h1');
    title.textContent = 'The title';
    document.body.prepend(title);
    expect(collectSentences([title, body], 'en').map((s) => s.text)).toEqual(['The title', 'Body text.']);
  });
});
