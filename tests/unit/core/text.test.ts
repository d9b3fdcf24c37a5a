import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/core/text';

describe('countWords', () => {
  it('counts words with inner apostrophes, hyphens and dots as one', () => {
    expect(countWords("Don't panic: the e-mail from the U.S. office arrived at 09:30, said Mr. O’Brien.")).toBe(14);
  });

  it('counts accented words and numbers', () => {
    expect(countWords('Über 3,5 Millionen Menschen fuhren 2025 mit der Fähre.')).toBe(9);
  });

  it('counts about one word per two Chinese or Japanese characters', () => {
    expect(countWords('今天天气很好')).toBe(3);
    expect(countWords('東京 Tokyo は大きい')).toBe(1 + 3);
  });

  it('segments Thai, which has no spaces between words, by dictionary', () => {
    expect(countWords('สวัสดีครับ ผมชื่อสมชาย', 'th')).toBeGreaterThanOrEqual(4);
  });

  it('counts nothing in punctuation and whitespace', () => {
    expect(countWords(' — … !! \n ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('is at least a minute for any text and rounds at 230 words a minute', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});
