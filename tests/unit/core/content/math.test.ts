import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { documentFrom, FIXTURES_DIR, readFixture } from '../../../harness/fixtures';

interface Formula {
  tex: string | null;
  display: boolean;
  /** What the formula's MathML reads; null when the formula is TeX only. */
  text: string | null;
}

const CASES = readdirSync(FIXTURES_DIR + 'extraction/math')
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/, ''));

/** Every formula of an article's sanitised HTML, in order: `<math>` elements and TeX-only code. */
function formulasOf(contentHtml: string): Formula[] {
  const doc = documentFrom(`<!doctype html><body>${contentHtml}</body>`);
  return Array.from(doc.body.querySelectorAll('math, code.language-math')).map((el) =>
    el.localName === 'math'
      ? { tex: el.getAttribute('alttext'), display: el.getAttribute('display') === 'block', text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() }
      : { tex: el.textContent, display: el.classList.contains('math-display'), text: null },
  );
}

describe('math, one page per renderer', { timeout: 30_000 }, () => {
  for (const name of CASES) {
    it(`${name}: each formula once, as MathML where the page has it, else as its TeX`, () => {
      const url = `http://127.0.0.1:8000/math/${name}.html`;
      const outcome = extractArticle(documentFrom(readFixture(`extraction/math/${name}.html`), url), { url });
      expect(outcome.status).toBe('article');
      if (outcome.status !== 'article') return;
      const expected = JSON.parse(readFixture(`extraction/math/${name}.json`)) as { formulas: Formula[] };
      expect(formulasOf(outcome.article.contentHtml)).toEqual(expected.formulas);
      // The article's text reads each formula as its TeX, once.
      for (const { tex } of expected.formulas) {
        if (tex) expect(outcome.article.textContent.split(tex).length - 1).toBe(1);
      }
      // No rendering copy (KaTeX's HTML, MathJax's preview or frame) and no fallback image is left.
      expect(outcome.article.contentHtml).not.toMatch(/katex-html|MathJax_|MJX|<mjx-|mwe-math-fallback|codecogs|latex\.php/);
    });
  }
});
