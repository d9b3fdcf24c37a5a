import { describe, expect, it } from 'vitest';
import { minutesLeft, pageDistance, readProgress, stepTarget } from '../../../src/reader/paging';

describe('reader paging', () => {
  const tops = [-400, -20, 60, 61, 300, 900];

  it('steps to the first block below the toolbar line, or the last above it, and stops at either end', () => {
    expect(stepTarget(tops, 60, 'next')).toBe(300);
    expect(stepTarget(tops, 60, 'previous')).toBe(-20);
    expect(stepTarget(tops, 1000, 'next')).toBeNull();
    expect(stepTarget(tops, -500, 'previous')).toBeNull();
  });

  it('pages by the window less the toolbar and two lines, never by less than a line', () => {
    expect(pageDistance(900, 60, 30)).toBe(780);
    expect(pageDistance(100, 80, 30)).toBe(30);
  });

  it('measures progress from the article top reaching the window top to its end reaching the window bottom', () => {
    expect(readProgress(100, 3100, 1000)).toBe(0);
    expect(readProgress(-1000, 2000, 1000)).toBe(0.5);
    expect(readProgress(-2000, 1000, 1000)).toBe(1);
    expect(readProgress(-5000, -2000, 1000)).toBe(1);
    // An article shorter than the window is read as soon as it is shown.
    expect(readProgress(0, 500, 1000)).toBe(1);
  });

  it('counts whole minutes left, at least one until the end', () => {
    expect(minutesLeft(10, 0)).toBe(10);
    expect(minutesLeft(10, 0.55)).toBe(5);
    expect(minutesLeft(10, 0.98)).toBe(1);
    expect(minutesLeft(10, 1)).toBe(0);
  });
});
