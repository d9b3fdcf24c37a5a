import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { listHiddenFootnotes } from '../../../../src/core/content/hidden-footnotes';
import { documentFrom } from '../../../harness/fixtures';

const note = (mark: string, text: string) => `<span class="inline-footnote" title="${text.replace(/<[^>]*>/g, '')}">${mark}<span class="footnoteContent" style="display:none;">${text}</span></span>`;

describe('footnotes hidden in their marks', () => {
  it('become footnote links and a list of notes after the last marked paragraph', () => {
    const url = 'http://127.0.0.1:8000/essay/';
    const paragraph = (text: string) => `<p>${text} ${'The essay goes on to argue the point at some length, with examples from the history of the field and its schools. '.repeat(3)}</p>`;
    const html = `<!doctype html><html lang="en"><head><title>Roots</title></head><body><div class="entry-content"><h1>Roots</h1>
      ${paragraph(`The field has drifted far from its roots.${note('1', 'You can pick any recent paper and see it.')}`)}
      ${paragraph(`Philosophy is often viewed as a science.${note('2', 'The most common areas are <a href="https://example.org/analytic">analytic philosophy</a> and others.')}`)}
      </div></body></html>`;
    const outcome = extractArticle(documentFrom(html, url), { url });
    if (outcome.status !== 'article') throw new Error('no article');
    const body = documentFrom(`<body>${outcome.article.contentHtml}</body>`).body;
    expect(Array.from(body.querySelectorAll('sup > a'), (a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['1', '#user-content-hidden-note-1'],
      ['2', '#user-content-hidden-note-2'],
    ]);
    const items = Array.from(body.querySelectorAll('ol > li'));
    expect(items.map((li) => li.id)).toEqual(['user-content-hidden-note-1', 'user-content-hidden-note-2']);
    expect(items[1]?.textContent).toBe('The most common areas are analytic philosophy and others.');
    expect(items[1]?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/analytic');
  });

  it('leaves hidden elements alone when their mark shows words, or they say too little', () => {
    const doc = documentFrom(`<body><p>Ferries run late. <span>More<span style="display:none">The harbour master explains why.</span></span></p>
      <p>Buses too.<span>3<span style="display: none">Tooltip</span></span></p></body>`);
    listHiddenFootnotes(doc.body);
    expect(doc.querySelectorAll('ol, sup')).toHaveLength(0);
    expect(doc.querySelectorAll('[style]')).toHaveLength(2);
  });
});
