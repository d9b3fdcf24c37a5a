import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core';
import { documentFrom, readFixture } from '../../harness/fixtures';

/** Random markup built from the tags, attributes and URLs that hostile and broken pages use. */
const TAGS = ['p', 'div', 'span', 'a', 'img', 'script', 'style', 'iframe', 'svg', 'math', 'form', 'input', 'table', 'tr', 'td', 'ul', 'li', 'h2', 'article', 'section', 'noscript', 'template', 'object', 'base', 'meta', 'button', 'figure', 'pre', 'code', 'select', 'textarea', 'title', 'mglyph', 'foreignObject', 'annotation-xml'];
const ATTRS = ['href', 'src', 'onclick', 'onerror', 'onload', 'style', 'class', 'id', 'name', 'srcdoc', 'action', 'formaction', 'xlink:href', 'data-reaction', 'width', 'height', 'srcset', 'is'];
const VALUES = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java&#x09;script:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'https://example.org/x', '/relative', '#frag', 'x" onerror="alert(1)', 'position:fixed;inset:0', 'alert(1)', '<script>alert(1)</script>', 'reactions', 'form', '1e9'];

const words = fc.constantFrom('What’s your reaction?', 'Like', 'Love', '😂', 'The council met on Tuesday.', 'Prices rose 3.2% in March.', '&amp;', '</p>', '<!--', ']]>', 'Share', 'Subscribe', 'lorem ipsum dolor sit amet');
const attribute = fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES)).map(([name, value]) => ` ${name}="${value}"`);
const element: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, words, tie('element')),
  element: fc
    .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
    .map(([tag, attrs, children, closed]) => `<${tag}${attrs.join('')}>${children.join(' ')}${closed ? `</${tag}>` : ''}`),
})).element as fc.Arbitrary<string>;

const page = fc.array(element, { minLength: 1, maxLength: 12 }).map((parts) => `<!doctype html><html><head><title>t</title></head><body>${parts.join('\n')}</body></html>`);

/** The seed page cut and spliced at random places: real structure, broken in arbitrary ways. */
const seed = readFixture('seed-article/index.html');
const mutatedSeed = fc
  .array(fc.tuple(fc.nat(seed.length), fc.nat(400), element), { minLength: 1, maxLength: 6 })
  .map((edits) => edits.reduce((html, [at, cut, insert]) => html.slice(0, at) + insert + html.slice(at + cut), seed));

const ALLOWED_URL = /^(https?:|mailto:|#|data:image\/)/i;
const FORBIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'FORM', 'INPUT', 'OBJECT', 'EMBED', 'BASE', 'META', 'LINK', 'SVG', 'TEMPLATE', 'BUTTON', 'TEXTAREA', 'SELECT', 'NOSCRIPT']);
const inspector = new JSDOM('');

/** What the sanitiser promises, checked on the parsed output rather than by pattern on the string. */
function violations(contentHtml: string): string[] {
  const found: string[] = [];
  const template = inspector.window.document.createElement('template');
  template.innerHTML = contentHtml; // eslint-disable-line no-restricted-syntax -- parsing output in a test to inspect it
  for (const el of template.content.querySelectorAll('*')) {
    if (FORBIDDEN_TAGS.has(el.tagName.toUpperCase())) found.push(`<${el.tagName}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcdoc' || name === 'action' || name === 'formaction') found.push(`${el.tagName}[${name}]`);
      if (['href', 'src', 'xlink:href'].includes(name) && !ALLOWED_URL.test(value.trim())) found.push(`${el.tagName}[${name}=${value}]`);
    }
  }
  return found;
}

function check(html: string): void {
  const url = 'https://news.example/story';
  const outcome = extractArticle(documentFrom(html, url), { url, force: true });
  if (outcome.status === 'article') expect(violations(outcome.article.contentHtml)).toEqual([]);
  else expect(outcome.reason).toBe('no-content');
}

// Each property runs the whole pipeline on up to 150 pages: the limit (for a hang) allows for a busy machine.
describe('the pipeline on random and mutated HTML', () => {
  it('never throws and never lets through what the sanitiser forbids (random markup)', () => {
    fc.assert(fc.property(page, check), { numRuns: 150, seed: 20261128 });
  }, 300_000);

  it('never throws and never lets through what the sanitiser forbids (mutated seed page)', () => {
    fc.assert(fc.property(mutatedSeed, check), { numRuns: 60, seed: 20261128 });
  }, 300_000);

  it('the inspector itself catches a forbidden attribute', () => {
    expect(violations('<p onclick="x">a</p><a href="javascript:1">b</a>')).toEqual(['P[onclick]', 'A[href=javascript:1]']);
  });
});
