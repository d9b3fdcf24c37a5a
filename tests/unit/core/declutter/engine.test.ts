import { describe, expect, it } from 'vitest';
import type { ClutterRule } from '../../../../src/core/declutter/rule';
import { captionAloneRule } from '../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../harness/declutter';

/** The engine, with a rule that matches anything with class "x", so what is protected shows plainly. */
const anyX: ClutterRule = { kind: 'ads', match: (el, view) => (view.names(el).includes('x') ? { label: view.lead(el) || 'x' } : null) };

describe('the declutter engine', () => {
  it('removes the outermost matching block once', () => {
    const { removed } = declutterHtml(`<p>${PROSE}</p><div class="x"><div class="x">a</div><div class="x">b</div></div>`, [anyX]);
    expect(removed).toEqual([{ kind: 'ads', count: 1, labels: ['x'] }]);
  });

  it('never removes a block holding article prose', () => {
    const { text, removed } = declutterHtml(`<div class="x"><p>${PROSE}</p><p>${PROSE}</p></div>`, [anyX]);
    expect(removed).toEqual([]);
    expect(text).toContain(PROSE);
  });

  it('never removes a long paragraph, a block with the title, or the article element', () => {
    const html = `<p class="x">${PROSE}</p><div class="x"><h1>Title</h1>t</div><article class="x">short</article>`;
    expect(declutterHtml(html, [anyX]).removed).toEqual([]);
  });

  it('takes an orphaned heading with the widget', () => {
    const { body } = declutterHtml(`<p>${PROSE}</p><section class="wrap"><h4>Sponsored</h4><div class="x">offer</div></section>`, [anyX]);
    expect(body.querySelector('.wrap')).toBeNull();
  });

  it('leaves the siblings of a widget in a shared wrapper', () => {
    const { body } = declutterHtml(`<aside class="wrap"><div class="x">offer</div><div class="poll"><button>Vote</button> Yes or no?</div></aside>`, [anyX]);
    expect(body.querySelector('.poll')).not.toBeNull();
  });

  it('judges each block in document order and reports them in that order', () => {
    const { removed } = declutterHtml(`<div class="x"><b>first</b></div><p>${PROSE}</p><div class="x"><b>second</b></div>`, [anyX]);
    expect(removed[0]?.labels).toEqual(['first', 'second']);
  });
});

describe('the declutter engine around removed blocks', () => {
  it('takes a heading left with nothing to introduce, and names the block by it', () => {
    const unnamedX: ClutterRule = { kind: 'reactions', match: (el, view) => (view.names(el).includes('x') ? { label: '' } : null) };
    const { body, removed } = declutterHtml(`<p>${PROSE}</p><h3>What do you think?</h3><div class="x"></div><div class="x">😀 1 😢 2</div><h2>Next</h2><p>${PROSE}</p>`, [unnamedX]);
    expect(body.querySelector('h3')).toBeNull();
    expect(removed[0]?.labels).toEqual(['What do you think?']);
  });

  it('names a block by the heading it took rather than by its first words', () => {
    const firstWords: ClutterRule = { kind: 'related', match: (el, view) => (view.names(el).includes('x') ? { label: view.lead(el) || 'first words' } : null) };
    const { removed, text } = declutterHtml(`<p>${PROSE}</p><p><strong>More games news:</strong></p><ul class="x"><li>one</li></ul><p>Ben is on Twitter.</p>`, [firstWords]);
    expect(removed[0]?.labels).toEqual(['More games news']);
    expect(text).not.toContain('More games');
  });

  it('keeps the name of a block with a heading of its own', () => {
    const { removed } = declutterHtml(`<p>${PROSE}</p><h3>Read next:</h3><div class="x"><h4>Popular</h4><p>one</p></div>`, [anyX]);
    expect(removed[0]?.labels).toEqual(['Popular']);
  });

  it('keeps a heading that still introduces text', () => {
    const { body } = declutterHtml(`<h3>Background</h3><div class="x">offer</div><p>${PROSE}</p>`, [anyX]);
    expect(body.querySelector('h3')).not.toBeNull();
  });

  it("takes an engagement widget's caption even when the article goes on after it", () => {
    const reactionX: ClutterRule = { kind: 'reactions', match: (el, view) => (view.names(el).includes('x') ? { label: '' } : null) };
    for (const caption of ['<h4>Rate this story</h4>', '<p><span>Points</span></p>', '<p><strong>¿Te ha gustado este artículo?</strong></p>']) {
      const { body, removed } = declutterHtml(`<p>${PROSE}</p>${caption}<div class="x">4 5</div><p>${PROSE}</p>`, [reactionX]);
      expect(body.textContent).not.toMatch(/Rate this|Points|gustado/);
      expect(removed[0]?.labels.length).toBe(1);
    }
  });

  it("keeps a section heading before a removed widget, and a tally's name before a removed ad", () => {
    const reactionX: ClutterRule = { kind: 'reactions', match: (el, view) => (view.names(el).includes('x') ? { label: '' } : null) };
    expect(declutterHtml(`<p>${PROSE}</p><h3>Background</h3><div class="x">4 5</div><p>${PROSE}</p>`, [reactionX]).body.querySelector('h3')).not.toBeNull();
    expect(declutterHtml(`<p>${PROSE}</p><h3>Reactions</h3><div class="x">offer</div><p>${PROSE}</p>`, [anyX]).body.querySelector('h3')).not.toBeNull();
  });

  it('takes a short line ending in a colon right before a removed engagement widget, in any language', () => {
    const reactionX: ClutterRule = { kind: 'share', match: (el, view) => (view.names(el).includes('x') ? { label: '' } : null) };
    for (const caption of ['<h3>Dela med dig:</h3>', '<p><b>Eine Frage an Sie:</b></p>', '<div>共有：</div>']) {
      const { body, removed } = declutterHtml(`<p>${PROSE}</p>${caption}<div class="x">4 5</div><p>${PROSE}</p>`, [reactionX]);
      expect(body.textContent).not.toMatch(/Dela|Frage|共有/);
      expect(removed[0]?.labels.length).toBe(1);
    }
    // Before a removed ad, a colon line is the article's: it introduces the text that goes on.
    expect(declutterHtml(`<p>${PROSE}</p><h3>In short:</h3><div class="x">offer</div><p>${PROSE}</p>`, [anyX]).body.querySelector('h3')).not.toBeNull();
  });

  it("takes a widget's caption left as the article's last line, with the kind its words name", () => {
    const cases: [string, string][] = [
      ['<h3>Compartilhe:</h3>', 'share'],
      ['<p>Udostępnij</p>', 'share'],
      ['<div><h4>Follow us</h4></div>', 'social'],
      ['<p><strong>Readers’ reactions</strong></p>', 'reactions'],
    ];
    for (const [caption, kind] of cases) {
      const { body, removed } = declutterHtml(`<div><p>${PROSE}</p><p>${PROSE}</p>${caption}</div>`, [captionAloneRule]);
      expect(body.textContent, caption).not.toMatch(/Compartilhe|Udostępnij|Follow|reactions/);
      expect(removed.map((r) => r.kind)).toEqual([kind]);
    }
  });

  it("keeps a last line that is not a caption's words, one with a link, and a caption-like line inside the article", () => {
    for (const last of ['<h3>What comes next:</h3>', '<p>Share prices fell.</p>', '<p><a href="/more">Share</a></p>']) {
      const { body } = declutterHtml(`<p>${PROSE}</p><p>${PROSE}</p>${last}`, [captionAloneRule]);
      expect(body.innerHTML, last).toContain(last.replace(/<\/?[a-z0-9]+[^>]*>/g, '').slice(0, 8));
    }
    expect(declutterHtml(`<p>${PROSE}</p><h3>Share</h3><p>${PROSE}</p>`, [captionAloneRule]).removed).toEqual([]);
    // A tally's name inside the article titles a section.
    expect(declutterHtml(`<p>${PROSE}</p><p><strong>Readers’ reactions</strong></p><p>${PROSE}</p>`, [captionAloneRule]).removed).toEqual([]);
  });

  it('removes nothing when it would take nearly all of the text', () => {
    const { removed, text } = declutterHtml(`<div class="x"><p>${PROSE}</p><p>${PROSE}</p></div><p>Short.</p>`, [{ ...anyX, mayHoldProse: true }]);
    expect(removed).toEqual([]);
    expect(text).toContain(PROSE);
  });
});
