/**
 * The script injected into pages leaves out the preparation of code, formulas, embeds and callouts
 * (src/core/content/special-markup.ts) and loads it only where `hasSpecialMarkup` says the page needs it. That is
 * only sound if the stage changes nothing wherever the check says no: proved here on every fixture page, and on
 * small pages for each stage's edge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, hasSpecialMarkup, prepareSpecialMarkup, refuseSpecialMarkup, SpecialMarkupNotLoaded } from '../../../../src/core';
import { parseHtml } from '../../../../src/cli/parse-html';
import { cloneForExtraction } from '../../../../src/core/clone-document';
import { restoreLazyImages } from '../../../../src/core/lazy-images';
import { documentFrom, FIXTURES_DIR, fixturePages, readFixture } from '../../../harness/fixtures';

const pages = fixturePages();
const ORIGIN = 'http://127.0.0.1:8000';

/** A page's body as the stage meets it: a private copy, its lazy images made real. */
function preparedBody(html: string, url: string): { body: HTMLElement; close: () => void } {
  const parsed = parseHtml(html, url);
  const copy = cloneForExtraction(parsed.document, url);
  restoreLazyImages(copy.body);
  return { body: copy.body, close: () => parsed.close() };
}

const pageUrl = (path: string) => `${ORIGIN}/${path.replace(/index\.html$/, '')}`;
const pageHtml = (path: string) => readFileSync(join(FIXTURES_DIR, path), 'utf8').replaceAll('{{ORIGIN}}', ORIGIN);

describe('the special-markup stage, loaded only where the page needs it', { timeout: 120_000 }, () => {
  // One test a page, each within the time limit, so a loaded machine slows the corpus down without failing it.
  const needing: string[] = [];
  const notNeeding: string[] = [];
  it.each(pages)('changes nothing where the check says the page does not need it: %s', (path) => {
    const url = pageUrl(path);
    const { body, close } = preparedBody(pageHtml(path), url);
    try {
      if (hasSpecialMarkup(body, url)) {
        needing.push(path);
        return;
      }
      notNeeding.push(path);
      const before = body.outerHTML;
      expect(prepareSpecialMarkup(body, url), path).toEqual([]);
      expect(body.outerHTML, path).toBe(before);
    } finally {
      close();
    }
  });

  // Tests of a file run in order: both sides were there to judge, pages that load the stage and pages that do not.
  it('judged pages that need the stage and pages that do not', () => {
    expect(needing.length).toBeGreaterThan(10);
    expect(notNeeding.length).toBeGreaterThan(50);
  });

  it('is asked for on every code, math and embed fixture', () => {
    const special = pages.filter((path) => /^extraction\/(?:code|math|embeds)\//.test(path));
    expect(special.length).toBeGreaterThan(15);
    for (const path of special) {
      const url = pageUrl(path);
      const { body, close } = preparedBody(pageHtml(path), url);
      try {
        expect(hasSpecialMarkup(body, url), path).toBe(true);
      } finally {
        close();
      }
    }
  });

  it('is refused by the page pipeline until loaded, and without it a plain page gives what it gives with it', () => {
    const mathUrl = `${ORIGIN}/extraction/math/katex.html`;
    const math = documentFrom(readFixture('extraction/math/katex.html'), mathUrl);
    expect(() => extractPage(math, { url: mathUrl }, refuseSpecialMarkup)).toThrow(SpecialMarkupNotLoaded);
    const url = `${ORIGIN}/seed-article/`;
    const seed = documentFrom(pageHtml('seed-article/index.html'), url);
    const withStage = extractPage(seed, { url }, prepareSpecialMarkup);
    expect(withStage.status).toBe('article');
    expect(extractPage(seed, { url }, refuseSpecialMarkup)).toEqual(withStage);
  });

  const needs = (html: string, base = `${ORIGIN}/page/`) => hasSpecialMarkup(documentFrom(`<!doctype html><body>${html}</body>`, base).body, base);

  it('tells code from tables of numbers', () => {
    expect(needs('<p>1 <code>x</code></p>')).toBe(true);
    expect(needs('<table class="highlighttable"><tr><td>1</td><td>x = 1</td></tr></table>')).toBe(true);
    expect(needs('<table><tr><td>1</td><td class="blob-code">x = 1</td></tr></table>')).toBe(true);
    expect(needs('<table><tr><td>1</td><td>Apples</td></tr><tr><td>2</td><td>Pears</td></tr></table>')).toBe(false);
  });

  it('finds formulas by their renderer and by images of TeX, not by any image', () => {
    expect(needs('<p><span class="katex">x</span></p>')).toBe(true);
    expect(needs('<p><script type="math/tex; mode=display">x^2</script></p>')).toBe(true);
    expect(needs('<p><img src="https://latex.codecogs.com/svg.latex?x%5E2" alt="x^2"></p>')).toBe(true);
    expect(needs('<p><img src="/photos/harbour.jpg" alt="The harbour at dawn"></p>')).toBe(false);
    // What the check lets through, the stage reads TeX from; what it does not, the stage leaves alone.
    const images = [
      ['<img class="equation" src="/eq/1.png" alt="x_1 + y^2">', true],
      ['<img src="/formula/%5Cfrac%7Bm%7D%7Bv%7D">', true],
      ['<img src="/a.png" alt="\\alpha">', true],
      ['<img src="/files/snake_case.png" alt="snake_case names">', false],
    ] as const;
    for (const [html, expected] of images) {
      expect(needs(`<p>${html}</p>`), html).toBe(expected);
      const base = `${ORIGIN}/page/`;
      const body = documentFrom(`<!doctype html><body><p>${html}</p></body>`, base).body;
      const before = body.outerHTML;
      prepareSpecialMarkup(body, base);
      expect(body.outerHTML !== before, html).toBe(expected);
    }
  });

  it('finds players by their provider, not every frame or script', () => {
    expect(needs('<iframe src="https://www.youtube-nocookie.com/embed/abcdefgh"></iframe>')).toBe(true);
    expect(needs('<iframe data-src="//player.vimeo.com/video/123"></iframe>')).toBe(true);
    expect(needs('<object><param name="movie" value="https://www.youtube.com/v/abcdefgh"></object>')).toBe(true);
    expect(needs('<video controls src="/clip.mp4"></video>')).toBe(true);
    expect(needs('<iframe src="https://ads.example.net/slot?id=3"></iframe><script src="/app.js"></script>')).toBe(false);
    // On a provider's own page a relative address may name its player.
    expect(needs('<iframe src="/embed/abcdefgh"></iframe>', 'https://www.youtube.com/watch?v=abcdefgh')).toBe(true);
  });

  it("asks for X (Twitter) only where there is a post to make a card of, not for X's loader script", () => {
    const loader = '<p>Text.</p><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';
    expect(needs(loader)).toBe(false);
    // The stage itself makes nothing of the loader: the check's no is sound.
    const base = `${ORIGIN}/page/`;
    const body = documentFrom(`<!doctype html><body>${loader}</body>`, base).body;
    const before = body.outerHTML;
    expect(prepareSpecialMarkup(body, base)).toEqual([]);
    expect(body.outerHTML).toBe(before);
    // Hosts that only end in "x.com" are no provider's.
    expect(needs('<iframe src="https://www.dropbox.com/embed/file"></iframe>')).toBe(false);
    expect(needs('<iframe src="https://platform.twitter.com/embed/Tweet.html?id=1234567890"></iframe>')).toBe(true);
    expect(needs('<script src="https://x.com/someone/status/1234567890"></script>')).toBe(true);
    expect(needs('<blockquote class="twitter-tweet"><p>A post.</p></blockquote>' + loader)).toBe(true);
  });

  it('finds callout boxes by their class or data attribute', () => {
    expect(needs('<div class="admonition note"><p>Mind the gap.</p></div>')).toBe(true);
    expect(needs('<aside data-callout="tip"><p>Mind the gap.</p></aside>')).toBe(true);
    expect(needs('<div class="note"><p>Mind the gap.</p></div>')).toBe(false);
  });
});
