import { describe, expect, it } from 'vitest';
import { captionAloneRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const run = (html: string) => declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, [captionAloneRule]);

describe('the lone caption rule', () => {
  it.each([
    ['a Japanese share caption between paragraphs', '<div><p>シェアする</p></div>', 'share'],
    ['a German share caption as a heading', '<div><h3>Teilen mit:</h3></div>', 'share'],
    ['a follow caption', '<div><h4><span>Stay Connected</span></h4></div>', 'social'],
  ])('removes %s, of the kind its words name', (_name, html, kind) => {
    const { removed } = run(html);
    expect(removed.map((entry) => entry.kind)).toEqual([kind]);
  });
  it('keeps a tally name that may title a section', () => {
    expect(run('<h3>Reactions</h3>').removed).toEqual([]);
  });
  it('keeps a heading that titles the prose after it', () => {
    expect(declutterHtml(`<p>${PROSE}</p><h2>Share</h2><p>${PROSE}</p>`, [captionAloneRule]).removed).toEqual([]);
  });
  it('keeps a sentence that uses the words', () => {
    expect(run('<p>Share this with your neighbours.</p>').removed).toEqual([]);
  });
});
