import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { documentFrom } from '../../../harness/fixtures';

// Our own markup: a blog template with the post's contents list in a sidebar, the post in a box of its own, and
// the template's boxes after it in the same main column.
const url = 'https://blog.example/2025/rivers/';
const sections = [
  ['what', 'What the maps show', 'The maps show every river and brook of the county with the dates of their last survey.'],
  ['how', 'How they were made', 'Volunteers walked the banks with phones, and the tracks were joined into one layer each night.'],
  ['next', 'What comes next', 'The eastern valleys follow in the spring, once the water is low enough to walk the beds.'],
];
const disclaimer = 'Views expressed in posts are those of the individuals quoted and not of the company or its affiliates, and nothing here is an offer to sell or a solicitation of an offer to buy any security or interest in any fund. ';

function page(lead: string, after: string): string {
  const toc = `<ul>${sections.map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`).join('')}</ul>`;
  const post = sections.map(([id, title, text]) => `<h2 id="${id}">${title}</h2><p>${text}</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>River maps</title></head><body><main>
    <div class="side"><span>On this page</span>${toc}</div>${lead}<div class="post">${post}</div>${after}</main></body></html>`;
}

function text(html: string): string {
  const outcome = extractArticle(documentFrom(html, url), { url, force: true });
  if (outcome.status !== 'article') throw new Error('no article');
  return outcome.article.textContent;
}

describe('the article as the page\'s contents list names it', () => {
  it('is the block holding the listed headings, where the rest of the pick outweighs it', () => {
    const content = text(page('', `<div class="notice">${`<p>${disclaimer.repeat(3)}</p>`.repeat(4)}</div>`));
    for (const [, title, body] of sections) {
      expect(content).toContain(title);
      expect(content).toContain(body);
    }
    expect(content).not.toContain('Views expressed');
  });

  it('leaves the pick whole where the block is most of it', () => {
    const content = text(page('<p class="lead">A new set of maps charts every river of the county, walked by volunteers over two summers.</p>', ''));
    expect(content).toContain('A new set of maps charts every river');
    for (const [, , body] of sections) expect(content).toContain(body);
  });
});
