import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../../../src/core';
import { sectionRun } from '../../../../src/core/content/section-run';
import { documentFrom } from '../../../harness/fixtures';

function article(html: string, url: string) {
  const outcome = extractArticle(documentFrom(html, url), { url, force: true });
  if (outcome.status !== 'article') throw new Error('no article');
  return outcome.article;
}

function picked(html: string, url: string): Element {
  return new Readability<Element>(documentFrom(html, url), { serializer: (node) => node as Element }).parse()!.content!;
}

/** One page-builder box: a heading widget and a text widget, each several levels deep, as such builders nest them. */
const box = (heading: string, body: string) =>
  `<div class="builder-section boxed"><div class="inner"><div class="widget widget-heading"><div class="widget-container"><h2>${heading}</h2></div></div>` +
  `<div class="widget widget-text"><div class="widget-container">${body}</div></div></div></div>`;

const sentence = (topic: string) => `The survey of ${topic} found that most households changed their habits over the last two winters, and the council expects the trend to hold. `;

const sections = [
  box('Market overview', `<p>${sentence('heating').repeat(3)}</p><p>${sentence('insulation').repeat(2)}</p>`),
  box('Figures for the year', `<table><tr><td>Average price</td><td>80 to 175 per square metre across the survey area</td></tr><tr><td>Key areas</td><td>District 3, District 1 and District 5 along the river</td></tr></table>`),
  // The longest section, and of a richer inner structure than the others (so no thread of like items either).
  box('What the survey covered', `<h3>Heating</h3><p>${sentence('boilers').repeat(4)}</p><h4>Insulation</h4><p><strong>Lofts:</strong> ${sentence('lofts').repeat(4)}<br><em>${sentence('walls')}</em></p><ul><li>Lofts and walls</li><li>Windows and doors</li></ul><blockquote><p>${sentence('windows').repeat(3)}</p></blockquote>`),
  box('Notes for buyers', `<p>${sentence('contracts').repeat(2)}</p>`),
];

const page = (middle: string[]) =>
  `<!doctype html><html lang="en"><head><title>Winter survey</title></head><body><header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>` +
  `<div class="builder-location">${middle.join('')}</div><footer><p>Contact us for a consultation, any day of the week, by phone or by email.</p></footer></body></html>`;

describe('an article laid out as a run of like page-builder boxes', () => {
  const url = 'https://builder.example/survey';

  it('is read as the whole run of sections, not the longest one', () => {
    const html = page(sections);
    // The premise: plain Readability keeps the longest section only.
    const plain = new Readability(documentFrom(html, url)).parse()?.textContent ?? '';
    expect(plain).toContain('survey of boilers');
    expect(plain).not.toContain('survey of heating');
    const { textContent } = article(html, url);
    for (const topic of ['heating', 'insulation', 'boilers', 'lofts', 'windows', 'contracts']) expect(textContent).toContain(`survey of ${topic}`);
    expect(textContent).toContain('80 to 175 per square metre');
    // The page's frame stays out.
    expect(textContent).not.toContain('Contact us for a consultation');
  });

  it('stops at a box without prose of its own: a grid of linked cards before the run', () => {
    const card = (n: number) => `<div class="card"><h3><a href="/project-${n}">Project number ${n}</a></h3><ul><li>Riverside road ${n}</li></ul></div>`;
    const grid = `<div class="builder-section boxed"><div class="inner"><h2>Current projects</h2>${[1, 2, 3].map(card).join('')}</div></div>`;
    const html = page([grid, ...sections]);
    const run = sectionRun(documentFrom(html, url), picked(html, url));
    expect(run?.first.textContent).toContain('Market overview');
    const { textContent } = article(html, url);
    expect(textContent).toContain('survey of heating');
    expect(textContent).not.toContain('Project number 2');
  });

  it('leaves an article alone whose like boxes beside it are teasers with linked titles', () => {
    const teaser = (n: number) => box(`<a href="/story-${n}">Another story number ${n}</a>`, `<p>${sentence(`story ${n}`)}</p>`);
    const html = page([sections[2]!, teaser(1), teaser(2), teaser(3)]);
    expect(sectionRun(documentFrom(html, url), picked(html, url))).toBeNull();
  });
});
