import { describe, expect, it } from 'vitest';
import { articleBlocks, textBlocks } from '../../../../src/core/summary';
import { documentFrom } from '../../../harness/fixtures';

const blocksOf = (html: string) => articleBlocks(documentFrom(`<article>${html}</article>`).querySelector('article')!);

describe('articleBlocks', () => {
  it('types blocks by their markup: prose, headings, captions, quotes, embeds, bylines', () => {
    const blocks = blocksOf(`
      <header><p>By Jane Doe</p></header>
      <h2>The vote</h2>
      <p>The council approved the budget on Tuesday.</p>
      <figure><img src="a.jpg" alt=""><figcaption>The council chamber on Tuesday.</figcaption><p>Photo: City Hall</p></figure>
      <blockquote><p>We did it.</p></blockquote>
      <ul><li>Buses get more money.</li></ul>
      <aside><p>Sign up for our newsletter.</p></aside>
      <footer>Published Tuesday</footer>`);
    expect(blocks).toEqual([
      { kind: 'byline', text: 'By Jane Doe' },
      { kind: 'heading', text: 'The vote' },
      { kind: 'paragraph', text: 'The council approved the budget on Tuesday.' },
      { kind: 'caption', text: 'The council chamber on Tuesday.' },
      { kind: 'embed', text: 'Photo: City Hall' },
      { kind: 'quote', text: 'We did it.' },
      { kind: 'list-item', text: 'Buses get more money.' },
      { kind: 'embed', text: 'Sign up for our newsletter.' },
      { kind: 'byline', text: 'Published Tuesday' },
    ]);
  });

  it('takes a paragraph that is all link for a link line, one that is mostly a date for a dateline, one all in bold for a heading', () => {
    const blocks = blocksOf(`
      <p><a href="/x">Read more: the budget in five charts</a></p>
      <p><time datetime="2025-01-29">January 29, 2025</time></p>
      <p><strong>1. Drink more water</strong></p>
      <p><strong>The council approved a budget of $2.4 billion on Tuesday after a long debate over transit funding.</strong></p>
      <p>The vote, <a href="/v">reported here</a>, was close.</p>`);
    expect(blocks.map((block) => block.kind)).toEqual(['link', 'byline', 'heading', 'paragraph', 'paragraph']);
  });

  it('splits blocks at line breaks and skips scripts, styles and hidden elements', () => {
    const blocks = blocksOf('<p>First line<br>Second line</p><script>var x = 1;</script><p hidden>Hidden text</p>');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'First line' },
      { kind: 'paragraph', text: 'Second line' },
    ]);
  });

  it('reads plain text by its blank-line paragraphs', () => {
    expect(textBlocks('One.\n\n  Two.  \n \nThree.')).toEqual([
      { kind: 'paragraph', text: 'One.' },
      { kind: 'paragraph', text: 'Two.' },
      { kind: 'paragraph', text: 'Three.' },
    ]);
  });
});

describe('articleBlocks: footnotes', () => {
  it('leaves footnote marks out of the sentence: sup links, bracketed numbers, note symbols', () => {
    const blocks = blocksOf(`
      <p>The terminal opened on Monday.<sup id="r1"><a href="#n1">1</a></sup> It replaces the shed.</p>
      <p>The bridge was finished in 1932.<sup class="reference"><a href="#cite_note-4">[4]</a></sup> It carries trains.[5]</p>
      <p>Costs rose<a href="#fn:2" role="doc-noteref">2</a> and the council paid.<sup>*</sup></p>
      <ol><li id="n1">The permit came in March. <a href="#r1">↩</a></li></ol>`);
    expect(blocks.slice(0, 3)).toEqual([
      { kind: 'paragraph', text: 'The terminal opened on Monday. It replaces the shed.' },
      { kind: 'paragraph', text: 'The bridge was finished in 1932. It carries trains.' },
      { kind: 'paragraph', text: 'Costs rose and the council paid.' },
    ]);
  });

  it('keeps a superscript that is part of the text: an exponent or a unit', () => {
    const blocks = blocksOf('<p>The hall covers 900 m<sup>2</sup> and cost 10<sup>6</sup> euros.</p>');
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'The hall covers 900 m2 and cost 106 euros.' }]);
  });

  it('types notes lists as footnotes: by role, by the generators’ names, or by the marks that point to them', () => {
    const blocks = blocksOf(`
      <p>A claim.<sup><a href="#fn1">1</a></sup> Another.<sup><a href="#note-b">2</a></sup></p>
      <section class="footnotes"><ol><li id="fn1"><p>Named by Pandoc. <a href="#fnref1">↩︎</a></p></li></ol></section>
      <ol><li id="note-b">Only its id says it. </li></ol>
      <div role="doc-endnotes"><p>By its role.</p></div>
      <ol><li>A list of steps.</li></ol>`);
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'A claim. Another.'],
      ['footnote', 'Named by Pandoc.'],
      ['footnote', 'Only its id says it.'],
      ['footnote', 'By its role.'],
      ['list-item', 'A list of steps.'],
    ]);
  });
});
