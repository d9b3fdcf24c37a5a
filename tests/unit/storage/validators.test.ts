import { describe, expect, it } from 'vitest';
import {
  arrayOf,
  field,
  INVALID,
  isArticleUrl,
  isImageUrl,
  isNonNegativeNumber,
  isString,
  isStringUpTo,
  isTime,
  capText,
  cappedString,
  urlsAgree,
  MAX_FUTURE_MS,
  literal,
  MAX_URL_LENGTH,
  nullable,
  objectOf,
  optional,
  parseFields,
  parseFieldsOrDefaults,
  variantOf,
} from '../../../src/storage/validators';

describe('times', () => {
  it('accept epoch milliseconds a Date can format, up to a year past now', () => {
    const now = Date.UTC(2026, 0, 1);
    expect([0, 1, now, now + MAX_FUTURE_MS].every((time) => isTime(time, now))).toBe(true);
    for (const bad of [9e15, 8.64e15 + 1, now + MAX_FUTURE_MS + 1, -1, NaN, Infinity, '1', null]) expect(isTime(bad, now), String(bad)).toBe(false);
  });
});

describe('page text caps', () => {
  it('cut long text with a visible ellipsis, never inside a surrogate pair', () => {
    expect(capText('short', 10)).toBe('short');
    expect(capText('a'.repeat(20), 10)).toBe('a'.repeat(9) + '…');
    expect(capText('a'.repeat(8) + '😀xyz', 10)).toBe('a'.repeat(8) + '…');
    expect(cappedString(5)('abcdefgh')).toBe('abcd…');
    expect(cappedString(5)(42)).toBe(INVALID);
  });
});

describe('URL agreement', () => {
  it('holds for the same site (www. and subdomains), not for another one', () => {
    expect(urlsAgree('https://news.example/a', 'http://www.news.example/a?x=1')).toBe(true);
    expect(urlsAgree('https://bank.example/a', 'https://evil.example/a')).toBe(false);
    expect(urlsAgree('not a url', 'https://a.example/')).toBe(false);
  });
});

describe('URL checks', () => {
  it('accept article and image addresses on the web only', () => {
    expect(['https://a.example/x', 'http://a.example/'].every(isArticleUrl)).toBe(true);
    expect(isArticleUrl('file:///home/me/a.html')).toBe(false);
    expect(isImageUrl('https://img.example/a.jpg')).toBe(true);
    expect(isImageUrl('file:///home/me/a.jpg')).toBe(false);
  });

  it('refuse other schemes, relative or empty addresses, and addresses past the length limit', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'chrome://version/', '/relative', '', 42, null]) {
      expect(isArticleUrl(bad), String(bad)).toBe(false);
    }
    expect(isArticleUrl(`https://a.example/${'x'.repeat(MAX_URL_LENGTH)}`)).toBe(false);
  });
});

describe('field parsers', () => {
  it('check lengths and numbers', () => {
    expect(isStringUpTo(3)('abc')).toBe(true);
    expect(isStringUpTo(3)('abcd')).toBe(false);
    expect([0, 1.5, 1e9].every(isNonNegativeNumber)).toBe(true);
    expect([-1, Number.NaN, Infinity, '1'].some(isNonNegativeNumber)).toBe(false);
  });

  it('read nested objects and arrays into clean copies, and refuse them whole when one part is wrong', () => {
    const image = objectOf({ src: field(isString), alt: field(isString) });
    const input = { src: 'a.jpg', alt: 'A', onerror: 'x' };
    const parsed = image(input);
    expect(parsed).toEqual({ src: 'a.jpg', alt: 'A' });
    expect(parsed).not.toBe(input);
    expect(image({ src: 'a.jpg' })).toBe(INVALID);
    expect(arrayOf(field(isString))(['a', 'b'])).toEqual(['a', 'b']);
    expect(arrayOf(field(isString))(['a', 1])).toBe(INVALID);
    expect(nullable(image)(null)).toBeNull();
    expect(optional(field(isString), 'none')(undefined)).toBe('none');
  });

  it('pick one shape per kind of a tagged union, and refuse kinds they do not know (inherited names too)', () => {
    const shape = variantOf<{ kind: 'a'; n: number } | { kind: 'b' }>({
      a: { kind: literal('a'), n: field(isNonNegativeNumber) },
      b: { kind: literal('b') },
    });
    expect(shape({ kind: 'a', n: 1 })).toEqual({ kind: 'a', n: 1 });
    expect(shape({ kind: 'b', n: 1 })).toEqual({ kind: 'b' });
    expect(shape({ kind: 'a' })).toBe(INVALID);
    expect(shape({ kind: 'constructor' })).toBe(INVALID);
  });
});

describe('parseFields', () => {
  const parsers = { title: field(isString), count: field(isNonNegativeNumber) };

  it('names the first wrong field, in the order the parsers list them', () => {
    expect(parseFields({ title: 1, count: -1 }, parsers)).toEqual({ field: 'title' });
    expect(parseFields({ title: 't', count: -1 }, parsers)).toEqual({ field: 'count' });
    expect(parseFields({ count: 2, title: 't', more: 1 }, parsers)).toEqual({ value: { title: 't', count: 2 } });
  });

  it('with defaults, keeps the good fields, replaces the bad ones and fills missing ones without complaint', () => {
    const defaults = { title: 'untitled', count: 0 };
    expect(parseFieldsOrDefaults({ title: 't', count: -1 }, parsers, defaults)).toEqual({ value: { title: 't', count: 0 }, field: 'count' });
    expect(parseFieldsOrDefaults({ count: 3 }, parsers, defaults)).toEqual({ value: { title: 'untitled', count: 3 } });
  });
});
