/** How long a summary is: a one-sentence TL;DR, or 3, 5 or 7 key points. */
export type SummaryLength = 'tldr' | 'short' | 'medium' | 'long';

export const SENTENCES_PER_LENGTH: Readonly<Record<SummaryLength, number>> = {
  tldr: 1,
  short: 3,
  medium: 5,
  long: 7,
};
