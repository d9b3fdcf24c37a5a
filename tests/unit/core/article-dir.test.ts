import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core';
import { documentFrom } from '../../harness/fixtures';

const PARAGRAPH =
  'هذه فقرة طويلة من مقال إخباري تجريبي، كتبت لاختبار اتجاه النص من اليمين إلى اليسار في عرض القراءة. ' +
  'تحتوي على عدة جمل كاملة، وعلامات ترقيم عربية، وأرقام مثل 2025 حتى تبدو كنص حقيقي يقرؤه الناس كل يوم.';

function page(htmlAttributes: string): string {
  const body = Array.from({ length: 6 }, () => `<p>${PARAGRAPH}</p>`).join('\n');
  return `<!doctype html><html ${htmlAttributes}><head><title>مقال تجريبي</title></head>
    <body><article><h1>مقال تجريبي</h1>${body}</article></body></html>`;
}

function dirOf(html: string): string | null {
  const url = 'http://127.0.0.1:8000/rtl/';
  const outcome = extractArticle(documentFrom(html, url), { url });
  if (outcome.status !== 'article') throw new Error('not extracted');
  return outcome.article.dir;
}

describe('article direction', () => {
  it('is "rtl" when the page says so', () => {
    expect(dirOf(page('lang="ar" dir="rtl"'))).toBe('rtl');
  });

  it('is null when the page does not say', () => {
    expect(dirOf(page('lang="ar"'))).toBeNull();
  });

  it('ignores values other than rtl and ltr', () => {
    expect(dirOf(page('lang="ar" dir="auto"'))).toBeNull();
    expect(dirOf(page('lang="en" DIR="LTR"'))).toBe('ltr');
  });
});
