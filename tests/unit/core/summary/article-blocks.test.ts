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
