import { scrollBehavior } from './motion';
import { BLOCK_SELECTOR, HEADING_SELECTOR, pageDistance, stepTarget } from './paging';

export type PageMove = 'page-down' | 'page-up' | 'next-block' | 'previous-block' | 'next-heading' | 'previous-heading';

/** The sticky toolbar's lower edge in the window: what is "under the toolbar" starts there. */
export function toolbarBottom(): number {
  return document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
}

/** Scrolls the window so that the element's top (at `top` in the window) sits just under the toolbar. */
function bringUnderToolbar(top: number): void {
  scrollTo({ top: scrollY + top - toolbarBottom() - 12, behavior: scrollBehavior() });
}

/** Moves the reading position as the key asked; true when the page moved (false at the end, say). */
export function movePage(move: PageMove): boolean {
  if (move === 'page-down' || move === 'page-up') {
    const line = parseFloat(getComputedStyle(document.querySelector('.article') ?? document.body).lineHeight) || 24;
    const distance = pageDistance(innerHeight, toolbarBottom(), line);
    scrollBy({ top: move === 'page-down' ? distance : -distance, behavior: scrollBehavior() });
    return true;
  }
  const selector = move.endsWith('heading') ? HEADING_SELECTOR : BLOCK_SELECTOR;
  const body = document.querySelector('.article-body');
  if (!body) return false;
  // Nested blocks (a paragraph in a list item, a list in a quote) count once: the outermost.
  const blocks = Array.from(body.querySelectorAll<HTMLElement>(selector)).filter((el) => !el.parentElement?.closest(BLOCK_SELECTOR) || selector === HEADING_SELECTOR);
  const tops = blocks.map((el) => el.getBoundingClientRect().top);
  const target = stepTarget(tops, toolbarBottom() + 12, move.startsWith('next') ? 'next' : 'previous');
  if (target === null) return false;
  bringUnderToolbar(target);
  return true;
}

/** Scrolls to a heading of the table of contents and moves the focus there, as following a link would. */
export function goToHeading(heading: HTMLElement): void {
  bringUnderToolbar(heading.getBoundingClientRect().top);
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
