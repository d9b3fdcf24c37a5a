import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { fragmentLinks } from '../../../../src/core/content/in-page-links';
import { documentFrom } from '../../../harness/fixtures';

describe('links to the page itself', () => {
  it('become fragments: by the page address, its canonical address or og:url; other pages’ links stay', () => {
    const doc = documentFrom(
      `<head><link rel="canonical" href="https://blog.example/p/post"></head><body>
        <a id="a" href="https://blog.example/p/post#footnote-1">1</a>
        <a id="b" href="http://127.0.0.1:8000/saved/#note">2</a>
        <a id="c" href="https://blog.example/p/other#footnote-1">3</a>
        <a id="d" href="https://blog.example/p/post?page=2#top">4</a>
        <a id="e" href="https://blog.example/p/post">5</a></body>`,
      'http://127.0.0.1:8000/saved/',
    );
    fragmentLinks(doc.body, 'http://127.0.0.1:8000/saved/');
    const href = (id: string) => doc.getElementById(id)?.getAttribute('href');
    expect([href('a'), href('b'), href('c'), href('d'), href('e')]).toEqual([
      '#footnote-1',
      '#note',
      'https://blog.example/p/other#footnote-1',
      'https://blog.example/p/post?page=2#top',
      'https://blog.example/p/post',
    ]);
  });

  it('keep a footnote mark written as a full address in the article', () => {
    const url = 'http://127.0.0.1:8000/saved/';
    const sentence = 'The model is trained to find the parameters that best explain the data that we see in the sample.';
    const mark = (n: number) => `<span><a class="footnote-anchor" id="footnote-anchor-${n}" href="https://blog.example/p/post#footnote-${n}">${n}</a></span>`;
    const html = `<html><head><title>Post</title><link rel="canonical" href="https://blog.example/p/post"></head><body><article><h1>Post</h1>
      ${[1, 2, 3, 4].map((n) => `<p>${sentence} ${sentence}${mark(n)}</p>`).join('')}
      <div class="footnotes">${[1, 2, 3, 4].map((n) => `<p id="footnote-${n}"><a href="https://blog.example/p/post#footnote-anchor-${n}">${n}</a> A note.</p>`).join('')}</div>
      </article></body></html>`;
    const outcome = extractArticle(documentFrom(html, url), { url });
    expect(outcome.status).toBe('article');
    if (outcome.status !== 'article') return;
    const body = documentFrom(`<body>${outcome.article.contentHtml}</body>`).body;
    expect(Array.from(body.querySelectorAll('p a[href^="#"]'), (a) => a.textContent)).toEqual(expect.arrayContaining(['1', '2', '3', '4']));
    expect(outcome.article.summary.join(' ')).not.toMatch(/sample\.\d/);
  });
});
