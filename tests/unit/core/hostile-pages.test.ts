import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, sanitizeHtml } from '../../../src/core';
import { documentFrom, FIXTURES_DIR } from '../../harness/fixtures';

interface HostilePage {
  name: string;
  description: string;
}

const ORIGIN = 'http://127.0.0.1:8000';
const pages = JSON.parse(readFileSync(`${FIXTURES_DIR}hostile/pages.json`, 'utf8')) as HostilePage[];
const win = new JSDOM('').window as unknown as Window & typeof globalThis;

function load(name: string): string {
  return readFileSync(`${FIXTURES_DIR}hostile/${name}/index.html`, 'utf8').replaceAll('{{ORIGIN}}', ORIGIN);
}

const FORBIDDEN_TAGS = ['<script', '<iframe', '<frame', '<style', '<form', '<base', '<meta', '<link', '<object', '<embed', '<svg', '<template', '<input', '<button', '<textarea', '<video', '<audio'];
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'cite', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data', 'ping'];

/** Everything in the sanitised output that could run or fetch on its own; [] when it is clean. */
function problems(html: string): string[] {
  const found: string[] = [];
  const lower = html.toLowerCase();
  for (const tag of FORBIDDEN_TAGS) if (lower.includes(tag)) found.push(tag);
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${el.localName}[${name}]`);
      if (name === 'style') found.push(`${el.localName}[style]`);
      if (/^data-/i.test(name)) found.push(`${el.localName}[${name}]`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase())) {
        const squeezed = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
        if (/^(javascript|vbscript|data:text|data:application)/.test(squeezed) && !(el.localName === 'img' && name === 'src' && squeezed.startsWith('data:image/'))) {
          found.push(`${el.localName}[${name}=${value.slice(0, 30)}]`);
        }
        // A link fetches nothing until clicked (then in a new tab, without opener): it may point where the page's
        // own <base> points it. Whatever loads by itself must not reach /pwned.
        const navigation = el.localName === 'a' && name === 'href';
        if (!navigation && /\/pwned\//.test(value)) found.push(`${el.localName}[${name}] -> /pwned`);
      }
    }
    if (el.id && !el.id.startsWith('user-content-')) found.push(`#${el.id} not prefixed`);
  }
  if (/javascript:/i.test(html.replace(/&lt;|&gt;/g, ''))) {
    // Allowed only as plain text; never in markup.
    const text = doc.body.textContent ?? '';
    if (!/javascript:/i.test(text)) found.push('javascript: in markup');
  }
  return found;
}

describe('the hostile corpus', () => {
  it('has at least 25 pages, each described', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
    for (const page of pages) expect(page.description.length, page.name).toBeGreaterThan(10);
  });

  it('the checker itself catches what it looks for', () => {
    expect(problems('<a href=" JaVa\tscript:alert(1)">x</a>')).not.toEqual([]);
    expect(problems('<img src="x.png" onerror="alert(1)">')).not.toEqual([]);
    expect(problems('<p style="color:red">x</p>')).not.toEqual([]);
    expect(problems('<svg><script>alert(1)</script></svg>')).not.toEqual([]);
    expect(problems('<iframe srcdoc="x"></iframe>')).not.toEqual([]);
    expect(problems('<a id="app">x</a>')).not.toEqual([]);
    expect(problems('<p>javascript: as plain text is fine, as is &lt;script&gt;</p>')).toEqual([]);
  });

  describe.each(pages.map((page) => page.name))('%s', (name) => {
    const html = load(name);

    it('extracts as an article whose HTML has nothing that runs or fetches', () => {
      const url = `${ORIGIN}/hostile/${name}/`;
      const outcome = extractArticle(documentFrom(html, url), { url });
      expect(outcome.status).toBe('article');
      if (outcome.status !== 'article') return;
      expect(outcome.article.textContent).toContain('The harbour town woke slowly');
      expect(outcome.article.textContent).toContain('goes ahead next year');
      expect(problems(outcome.article.contentHtml)).toEqual([]);
      // Sanitising what is handed over again (as the reader does) changes nothing dangerous either.
      expect(problems(sanitizeHtml(outcome.article.contentHtml, win))).toEqual([]);
    });

    it('is made safe by sanitizeHtml alone, without Readability in front', () => {
      // Parsed as the CLI parses (jsdom's console silenced: some pages carry stylesheets made not to parse).
      const body = documentFrom(html, `${ORIGIN}/hostile/${name}/`).body.innerHTML;
      const clean = sanitizeHtml(body, win);
      expect(problems(clean)).toEqual([]);
      expect(clean).toContain('The harbour town woke slowly');
    });
  });
});
