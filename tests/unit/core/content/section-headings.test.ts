import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { documentFrom } from '../../../harness/fixtures';

const paragraph = (topic: string) =>
  `<p>${`This paragraph explains how the ${topic} works, what it needs from the server and what it sends back to the caller. `.repeat(4)}</p>`;

const page = (heading: string) => `<!doctype html><html lang="en"><head><title>Payments guide</title></head><body><main><article>
  <h1>Payments guide</h1>${paragraph('setup')}
  <div class="Section"><a href="#create"><div>${heading}</div></a><div class="Section-content">${paragraph('endpoint')}</div></div>
  ${paragraph('test')}</article></main></body></html>`;

describe('section headings a class calls a header', () => {
  it('stay in the article: Readability would take the class for page chrome', () => {
    const url = 'http://127.0.0.1:8000/guide/';
    const outcome = extractArticle(documentFrom(page('<h2 class="Heading Section-header" id="create"><span>Create your endpoint</span></h2>'), url), { url });
    expect(outcome.status).toBe('article');
    if (outcome.status !== 'article') return;
    const doc = documentFrom(`<body>${outcome.article.contentHtml}</body>`);
    expect(Array.from(doc.querySelectorAll('h2, h3'), (h) => h.textContent?.trim())).toContain('Create your endpoint');
  });

  it('leaves the page’s own header out as before', () => {
    const url = 'http://127.0.0.1:8000/guide/';
    const html = page('<h2 id="create">Create your endpoint</h2>').replace('<main>', '<div class="site-header"><p>Sign in to your account</p></div><main>');
    const outcome = extractArticle(documentFrom(html, url), { url });
    expect(outcome.status === 'article' && outcome.article.textContent).not.toContain('Sign in');
  });
});
