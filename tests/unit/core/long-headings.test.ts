// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { demoteLongHeadings } from '../../../src/core/long-headings';

function contentOf(html: string): Element {
  return new DOMParser().parseFromString(`<div id="content">${html}</div>`, 'text/html').getElementById('content')!;
}

describe('demoteLongHeadings', () => {
  it('turns a standfirst set as a heading into a paragraph, with its inline markup and language', () => {
    const standfirst = 'Meta CEO Mark Zuckerberg stated that it is too early to assess the impact. '.repeat(4);
    const content = contentOf(`<h2 lang="en" class="post-summary">${standfirst}<em>Read on.</em></h2><h2>Results</h2><p>Body.</p>`);
    demoteLongHeadings(content);
    expect(Array.from(content.children, (el) => el.tagName)).toEqual(['P', 'H2', 'P']);
    expect(content.firstElementChild!.getAttribute('lang')).toBe('en');
    expect(content.firstElementChild!.querySelector('em')?.textContent).toBe('Read on.');
  });

  it('leaves headings of ordinary length alone', () => {
    const content = contentOf('<h1>A title</h1><h3>A section that is long but still a section heading of the article</h3>');
    demoteLongHeadings(content);
    expect(Array.from(content.children, (el) => el.tagName)).toEqual(['H1', 'H3']);
  });
});
