/**
 * What a page prints beside its headline: the first element a few steps above or below the `<h1>` (in document
 * order) that `read` finds something in. The walk down stops where the body's prose begins, so a line of a
 * related post or a comment further down is never taken.
 */
import { normalizeSpace } from '../text';

const STEPS_DOWN = 16;
const STEPS_UP = 6;
/** A paragraph this long is the body: lines after it belong to something else. */
const PROSE_CHARS = 150;

export function nearHeading<T>(heading: Element, read: (el: Element) => T | null): T | null {
  let el = nextOutside(heading);
  for (let step = 0; el && step < STEPS_DOWN; step++, el = nextElement(el)) {
    if (el.localName === 'p' && normalizeSpace(el.textContent).length > PROSE_CHARS) break;
    const found = read(el);
    if (found !== null) return found;
  }
  el = previousElement(heading);
  for (let step = 0; el && el.localName !== 'body' && step < STEPS_UP; step++, el = previousElement(el)) {
    const found = read(el);
    if (found !== null) return found;
  }
  return null;
}

/** A line of its own: no block inside it. */
export const isLine = (el: Element): boolean => !el.querySelector('p, div, li, td, h1, h2, h3, section, article, header');

/** The next element in document order, leaving `el`'s subtree. */
function nextOutside(el: Element): Element | null {
  let at: Element | null = el;
  while (at && !at.nextElementSibling) at = at.parentElement;
  return at?.nextElementSibling ?? null;
}

/** The next element in document order, entering `el`. */
const nextElement = (el: Element): Element | null => el.firstElementChild ?? nextOutside(el);

/** The previous element in document order (the deepest last descendant of the previous sibling, or the parent). */
function previousElement(el: Element): Element | null {
  let at = el.previousElementSibling;
  if (!at) return el.parentElement;
  while (at.lastElementChild) at = at.lastElementChild;
  return at;
}
