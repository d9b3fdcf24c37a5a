/**
 * Keyboard paging in the reader: where Space, j/k and [/] take the page. Positions are the blocks' tops in
 * the window (getBoundingClientRect), `line` the toolbar's bottom edge: what sits just under it is "here".
 */

/** Blocks `j` / `k` step through: what a reader thinks of as one paragraph. */
export const BLOCK_SELECTOR = ':is(p, li, blockquote, pre, figure, table, h2, h3, h4, h5, h6, .callout, .embed)';
/** Headings `[` / `]` step through (and the table of contents lists). */
export const HEADING_SELECTOR = 'h2, h3, h4';

const SLACK = 4;

/**
 * The top to bring under the toolbar: the first block below the line (`next`), or the last one above it
 * (`previous`); null at either end.
 */
export function stepTarget(tops: readonly number[], line: number, direction: 'next' | 'previous'): number | null {
  if (direction === 'next') {
    for (const top of tops) if (top > line + SLACK) return top;
    return null;
  }
  let found: number | null = null;
  for (const top of tops) if (top < line - SLACK) found = top;
  return found;
}

/** How far Space scrolls: the window less the toolbar, keeping two lines of the last page in view. */
export function pageDistance(windowHeight: number, toolbarHeight: number, lineHeight: number): number {
  return Math.max(lineHeight, windowHeight - toolbarHeight - 2 * lineHeight);
}

/** Share of the article read (0 to 1): how far its end has come up towards the bottom of the window. */
export function readProgress(articleTop: number, articleBottom: number, windowHeight: number): number {
  const travel = articleBottom - articleTop - windowHeight;
  if (travel <= 0) return 1;
  return Math.min(1, Math.max(0, -articleTop / travel));
}

/** Whole minutes still to read, at the article's pace; 0 once it is read. */
export function minutesLeft(readingMinutes: number, progress: number): number {
  if (progress >= 0.995) return 0;
  return Math.max(1, Math.ceil(readingMinutes * (1 - progress)));
}
