import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { normalizeCallouts } from '../../../../src/core/content/callouts';
import { documentFrom } from '../../../harness/fixtures';

const body = (html: string) => documentFrom(`<!doctype html><body>${html}</body>`).body;

describe('callouts', { timeout: 30_000 }, () => {
  it('become div.callout with their kind and title, from the markup each renderer writes', () => {
    const root = body(`
      <div class="markdown-alert markdown-alert-warning" dir="auto"><p class="markdown-alert-title" dir="auto"><svg class="octicon octicon-alert mr-2" viewBox="0 0 16 16"><path d="M6.457 1.047"></path></svg>Warning</p><p dir="auto">Back up first.</p></div>
      <div class="admonition note"><p class="admonition-title">Note</p><p>Python-Markdown and MkDocs write this.</p></div>
      <div class="theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16"><path d="M6.5 0"></path></svg></span>tip</div><div class="admonitionContent_BuS1"><p>Docusaurus writes this.</p></div></div>
      <div data-callout-metadata="" data-callout-fold="" data-callout="question" class="callout"><div class="callout-title"><div class="callout-icon"></div><div class="callout-title-inner">Why?</div></div><div class="callout-content"><p>Obsidian writes this.</p></div></div>`);
    expect([...normalizeCallouts(root)].sort()).toEqual(['callout', 'callout-note', 'callout-question', 'callout-tip', 'callout-warning']);
    const boxes = Array.from(root.querySelectorAll('.callout')).map((box) => [box.getAttribute('class'), box.querySelector('strong')?.textContent, Array.from(box.querySelectorAll('p')).map((p) => p.textContent).join(' / ')]);
    expect(boxes).toEqual([
      ['callout callout-warning', 'Warning', 'Warning / Back up first.'],
      ['callout callout-note', 'Note', 'Note / Python-Markdown and MkDocs write this.'],
      ['callout callout-tip', 'tip', 'tip / Docusaurus writes this.'],
      ['callout callout-question', 'Why?', 'Why? / Obsidian writes this.'],
    ]);
    expect(root.querySelector('svg')).toBeNull();
  });

  it('survive extraction, class and all, where Readability would drop an aside', () => {
    const prose = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} explains how type classes let one function work for many types, with an example that grows a little in each step.</p>`).join('');
    const html = `<html><body><article><h1>Type classes</h1>${prose}<aside class="callout callout-tip"><div class="callout-indicator"><span class="callout-title">Tip</span></div><div class="callout-content"><p>Type classes are easier once you have written two of them yourself.</p></div></aside>${prose}</article></body></html>`;
    const outcome = extractArticle(documentFrom(html), { url: 'https://blog.example/type-classes' });
    if (outcome.status !== 'article') throw new Error('no article');
    expect(outcome.article.contentHtml).toContain('<div class="callout callout-tip"><p><strong>Tip</strong></p>');
    expect(outcome.article.textContent).toContain('Type classes are easier once you have written two of them yourself.');
  });
});
