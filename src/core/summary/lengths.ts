import { readingMinutes } from '../text';

/** How long a summary is: a one-sentence TL;DR, or 3, 5 or 7 key points (the on-device model's lengths). */
export type SummaryLength = 'tldr' | 'short' | 'medium' | 'long';

export const SENTENCES_PER_LENGTH: Readonly<Record<SummaryLength, number>> = {
  tldr: 1,
  short: 3,
  medium: 5,
  long: 7,
};

/**
 * The most key points the card shows, by the article's reading time: three for a brief (up to two minutes), four
 * for a news story (up to five), five for a long read. Set by reading time, not fitted: a longer text has more to
 * say. Points past the third are shown only when they add enough (select.ts).
 */
export const MIN_KEY_POINTS = 3;

export const KEY_POINTS_BY_MINUTES: readonly { fromMinutes: number; points: number }[] = [
  { fromMinutes: 0, points: 3 },
  { fromMinutes: 3, points: 4 },
  { fromMinutes: 6, points: 5 },
];

export function keyPointCount(words: number): number {
  const minutes = readingMinutes(words);
  let points = KEY_POINTS_BY_MINUTES[0]!.points;
  for (const step of KEY_POINTS_BY_MINUTES) if (minutes >= step.fromMinutes) points = step.points;
  return points;
}
