import { describe, expect, it } from 'vitest';
import { removePageContents } from '../../../../src/core/content/page-contents';
import { documentFrom } from '../../../harness/fixtures';

const body = (html: string) => documentFrom(`<!doctype html><body>${html}</body>`).body;

// MediaWiki's markup, as Wikipedia serves it.
const TOC = `<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div>
  <ul><li class="toclevel-1"><a href="#History"><span class="tocnumber">1</span> <span class="toctext">History</span></a></li>
  <li class="toclevel-1"><a href="#Features"><span class="tocnumber">2</span> <span class="toctext">Features</span></a>
    <ul><li class="toclevel-2"><a href="#Plugins"><span class="tocnumber">2.1</span> <span class="toctext">Plugins</span></a></li></ul></li>
  <li class="toclevel-1"><a href="#See_also"><span class="tocnumber">3</span> <span class="toctext">See also</span></a></li></ul></div>`;
const editLink = (section: number) =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Obsidian&amp;action=edit&amp;section=${section}" title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const SECTIONS = ['History', 'Features', 'Plugins', 'See_also']
  .map((id, i) => `<h2><span class="mw-headline" id="${id}">${id.replace('_', ' ')}</span>${editLink(i + 1)}</h2><p>Text of the ${id} section.</p>`)
  .join('');

describe('removePageContents', () => {
  it("takes out a wiki's table of contents with its title, and the [edit] links of its headings", () => {
    const root = body(`<p>Lead paragraph.</p>${TOC}${SECTIONS}`);
    removePageContents(root);
    expect(root.querySelector('#toc')).toBeNull();
    expect(root.textContent).not.toMatch(/Contents|edit|\[|\]/);
    expect(Array.from(root.querySelectorAll('h2')).map((h) => h.textContent)).toEqual(['History', 'Features', 'Plugins', 'See also']);
    expect(root.textContent).toMatch(/Text of the Plugins section/);
  });

  it('keeps lists of links that are not a table of contents', () => {
    const footnotes = '<ol><li id="n1">A note <a href="#r1">^</a></li><li id="n2">B <a href="#r2">^</a></li><li id="n3">C <a href="#r3">^</a></li></ol>';
    const refs = '<p>One<sup id="r1"><a href="#n1">1</a></sup> two<sup id="r2"><a href="#n2">2</a></sup> three<sup id="r3"><a href="#n3">3</a></sup></p>';
    const twoEntries = '<ul><li><a href="#History">History</a></li><li><a href="#Features">Features</a></li></ul>';
    const withWords = '<ul><li><a href="#History">History</a>: how it began</li><li><a href="#Features">Features</a> and more</li><li><a href="#Plugins">Plugins</a> too</li></ul>';
    const elsewhere = '<ul><li><a href="/a#History">A</a></li><li><a href="/b#x">B</a></li><li><a href="/c#y">C</a></li></ul>';
    const root = body(`${refs}${footnotes}${twoEntries}${withWords}${elsewhere}${SECTIONS}`);
    removePageContents(root);
    expect(root.querySelectorAll('ul, ol')).toHaveLength(4);
  });

  it('keeps a link to editing that is not in a heading, and a heading link with other words', () => {
    const root = body('<p>You can <a href="/w/index.php?title=X&amp;action=edit">edit</a> this page.</p><h2>Notes <a href="/w/index.php?title=X&amp;action=edit">Edit the notes of this page</a></h2>');
    removePageContents(root);
    expect(root.querySelectorAll('a')).toHaveLength(2);
  });
});
