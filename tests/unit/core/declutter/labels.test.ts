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
  it('names nothing by a social counter row: its counts with their words are counted, not labelled', () => {
    expect(readableLabel('112,480 Fans Like 46,091 Followers Follow 1,734 Subscribers Subscribe')).toBe('');
    expect(readableLabel('1.2K Seguidores 340 Me gusta')).toBe('');
  });
  it('keeps a heading that has a number in it', () => {
    expect(readableLabel('10 stories that shaped the year')).toBe('10 stories that shaped the year');
    expect(readableLabel('2 comments on “These Weeks in Firefox: Issue 85”')).toBe('2 comments on “These Weeks in Firefox: Issue 85”');
  });
  it('cuts a long label at a word', () => {
    expect(readableLabel('Related: Chicago is America’s most segregated city, and it shows in the data')).toBe('Related: Chicago is America’s most segregated…');
  });
});
