import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { bylineInBody, removeKickerLines, removeRepeatedHeadline } from '../../../../src/core/metadata';
import { documentFrom, readFixture } from '../../../harness/fixtures';

function extracted(fixture: string) {
  const url = `http://127.0.0.1:8000/extraction/${fixture}/`;
  const outcome = extractArticle(documentFrom(readFixture(`extraction/${fixture}/index.html`), url), { url });
  if (outcome.status !== 'article') throw new Error(`${fixture}: no article`);
  return outcome.article;
}

describe('a byline and a label written only in the body (real TMZ markup)', { timeout: 30_000 }, () => {
  const article = extracted('kicker-byline');

  it('shows the byline of the "… BY TMZ STAFF" line in the header and takes the line out of the body', () => {
    expect(article.byline).toBe('TMZ Staff');
    expect(article.textContent).not.toMatch(/BY TMZ STAFF|7:11 AM/);
  });

  it('drops the "EXCLUSIVE" label above the first paragraph, and keeps the story', () => {
    expect(article.textContent).not.toMatch(/EXCLUSIVE/);
    expect(article.textContent).toMatch(/now-famous Oscar dress/);
    expect(article.summary[0]).toMatch(/Oscar dress/);
  });

  it('drops the shortened headline printed above the story, which repeats the header', () => {
    expect(article.title).toBe("Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!");
    expect(article.contentHtml).not.toMatch(/<h4/);
    expect(article.textContent).not.toMatch(/STOLEN!!!!/);
  });
});

describe('removeRepeatedHeadline', () => {
  const content = (html: string) => documentFrom(`<!doctype html><body><div id="c">${html}</div></body>`).getElementById('c')!;
  const story = '<p>The harbour opened a new quay on Monday, and the city said more would follow next year.</p>';

  it('removes the headline, or a shortened copy of it, above the first paragraph', () => {
    const exact = content(`<h2>Harbour Opens New Quay</h2>${story}`);
    removeRepeatedHeadline(exact, 'Harbour opens new quay');
    expect(exact.querySelector('h2')).toBeNull();
    const shortened = content(`<p><h4>New quay ... OPEN!</h4></p>${story}`);
    removeRepeatedHeadline(shortened, "Harbour's new quay is open");
    expect(shortened.querySelector('h4')).toBeNull();
    expect(shortened.textContent).toMatch(/harbour opened/);
  });

  it('keeps a section heading, a heading after prose and a heading that only shares a word or two', () => {
    const cases: [string, string][] = [
      [`${story}<h2>Harbour Opens New Quay</h2>`, 'Harbour opens new quay'],
      [`<h2>Background</h2>${story}`, 'Harbour opens new quay'],
      [`<h2>New quay</h2>${story}`, 'Harbour opens new quay after ten years of work'],
      [`<h1>example::size_t</h1>${story}`, 'example_size_t - Reference'],
    ];
    for (const [html, headline] of cases) {
      const root = content(html);
      removeRepeatedHeadline(root, headline);
      expect(root.querySelector('h1, h2')).not.toBeNull();
    }
  });
});

describe('bylineInBody', () => {
  const content = (html: string) => documentFrom(`<!doctype html><body><div id="c">${html}</div></body>`).getElementById('c')!;

  it('reads "Posted on … by …" and a line of only "By NAME"', () => {
    expect(bylineInBody(content('<p>Posted on March 3, 2024 by Ann Berg</p><p>The harbour opened a new quay on Monday, the city said.</p>'))).toBe('Ann Berg');
    expect(bylineInBody(content('<p>By Ann Berg and Tom Ek</p><p>Text of the story, long enough to be prose.</p>'))).toBe('Ann Berg and Tom Ek');
  });

  it('takes no name from a sentence or a photo credit', () => {
    expect(bylineInBody(content('<p>The plan was drawn up by Ann Berg</p>'))).toBeNull();
    expect(bylineInBody(content('<p>Photo by Ann Berg</p>'))).toBeNull();
  });
});

describe('removeKickerLines', () => {
  const content = (html: string) => documentFrom(`<!doctype html><body><div id="c">${html}</div></body>`).getElementById('c')!;

  it('removes a label in capitals before the first paragraph, not after it, nor a heading or a list item', () => {
    const root = content('<p>BREAKING NEWS</p><p>The harbour opened a new quay on Monday.</p><p>UPDATE</p>');
    expect(removeKickerLines(root)).toBe(1);
    expect(root.textContent).toBe('The harbour opened a new quay on Monday.UPDATE');
    const heading = content('<h2>SUMMARY</h2><ul><li>NASA</li></ul><p>The harbour opened a new quay on Monday.</p>');
    expect(removeKickerLines(heading)).toBe(0);
  });

  it('keeps a short line that is not in capitals, and an acronym with a figure', () => {
    const root = content('<p>Exclusive</p><p>2024</p><p>The harbour opened a new quay on Monday.</p>');
    expect(removeKickerLines(root)).toBe(0);
  });
});

describe('a slideshow caption shown apart from its photo (real Yahoo News markup)', { timeout: 30_000 }, () => {
  const article = extracted('slideshow-caption');
  const caption = /In this photo dated Tuesday, Nov, 29, 2016/;

  it('is the headline the page gives, not the site name of its og:title', () => {
    expect(article.title).toBe('Russia: Space ship malfunctions, breaks up over Siberia');
  });

  it('is never a key point: the points open with the story', () => {
    expect(article.summary.some((point) => caption.test(point))).toBe(false);
    expect(article.summary[0]).toMatch(/^An unmanned Russian cargo spaceship/);
  });

  it('is shown once, as the caption of its photo', () => {
    const doc = documentFrom(`<body>${article.contentHtml}</body>`);
    const withCaption = Array.from(doc.body.querySelectorAll('*')).filter((el) => el.children.length === 0 && caption.test(el.textContent ?? ''));
    expect(withCaption.map((el) => el.localName)).toEqual(['figcaption']);
    expect(withCaption[0]!.closest('figure')?.querySelector('img')).not.toBeNull();
  });
});
