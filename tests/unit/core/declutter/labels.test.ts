import { describe, expect, it } from 'vitest';
import { readableLabel } from '../../../../src/core/declutter/rule';

describe('labels in the Hid list', () => {
  it.each([
    ['Teilen mit:', 'Teilen mit'],
    ['Official website , including the Manifesto', 'Official website, including the Manifesto'],
    ['  More   games news: ', 'More games news'],
  ])('"%s" reads "%s"', (text, label) => {
    expect(readableLabel(text)).toBe(label);
  });
  it('names nothing by counts or stars', () => {
    expect(readableLabel('★★★★☆ 12')).toBe('');
  });
  it('cuts a long label at a word', () => {
    expect(readableLabel('Related: Chicago is America’s most segregated city, and it shows in the data')).toBe('Related: Chicago is America’s most segregated…');
  });
});
