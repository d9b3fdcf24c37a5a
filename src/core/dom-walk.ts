import { ELEMENT_NODE, TEXT_NODE, CDATA_SECTION_NODE } from './node-types';

/**
 * The first element under `root` (in document order, `root` excluded) for which `accept` is true.
 * Follows sibling and parent links: live collections (`getElementsByTagName`, `children`) are slow to index in
 * jsdom, and `querySelectorAll('*')` builds the whole list first.
 */
export function findElement(root: Element, accept: (element: Element) => boolean): Element | null {
  let el = root.firstElementChild;
  while (el) {
    if (accept(el)) return el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return null;
}

/** Every element under `root` (in document order, `root` excluded) for which `accept` is true, by the same walk. */
export function findElements(root: Element, accept: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  findElement(root, (element) => {
    if (accept(element)) found.push(element);
    return false;
  });
  return found;
}

/** The elements sorted in document order (an ancestor before its descendants), as a new array. */
export function inDocumentOrder(elements: Iterable<Element>): Element[] {
  return [...elements].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1));
}

/** Whether a UTF-16 code unit is whitespace as `\s` of a regular expression sees it. */
export function isSpaceCode(c: number): boolean {
  return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 160 && (c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/**
 * Non-space characters of a string: `compactText(text).length`, without building the string; counting stops once
 * it passes `stopAbove` (a page's script text runs to megabytes). A loop over code units, not a regular
 * expression stepped character by character: this is read for every text node the page's climbs pass.
 */
export function nonSpaceLength(text: string, stopAbove = Infinity): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= stopAbove; i++) if (!isSpaceCode(text.charCodeAt(i))) count++;
  return count;
}

/**
 * Whether the text of `root` (its `textContent`) holds more than `max` non-space characters. Stops reading as soon
 * as it does: asking it of a page's large ancestors costs what the limit does, not what their whole text would.
 */
export function textLongerThan(root: Element, max: number): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 | 8 /* NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION */);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count += nonSpaceLength(node.nodeValue ?? '', max - count);
    if (count > max) return true;
  }
  return false;
}

/**
 * The text of an element as a climb needs it: its non-space characters, and what `normalizeSpace(textContent)`
 * adds to them (one space for each inner run of whitespace), with whether it starts and ends with whitespace, so
 * that the measure of a child is joined into its parent's without reading the child's text again.
 */
export interface TextMeasure {
  nonSpace: number;
  gaps: number;
  leadSpace: boolean;
  trailSpace: boolean;
}

/** `normalizeSpace(element.textContent).length` of the measured element. */
export const collapsedLength = (measure: TextMeasure): number => measure.nonSpace + measure.gaps;

/**
 * The measure of `root`'s text (its `textContent`), reading it only until it holds more than `max` non-space
 * characters (then `nonSpace > max` and the rest is partial). `known`, the complete measure of a descendant
 * (the level below in a climb up the ancestors), is joined in without reading that descendant's text again: a
 * climb reads each text once, not once per level.
 */
export function measureTextUpTo(root: Element, max: number, known?: { element: Element; measure: TextMeasure }): TextMeasure {
  // The measure of the text read so far, one character or known block at a time: the same state for a text split
  // across nodes as for the whole string.
  let nonSpace = 0;
  let gaps = 0;
  let leadSpace = false;
  let pendingSpace = false;
  const space = (): void => {
    if (nonSpace === 0) leadSpace = true;
    else pendingSpace = true;
  };
  let node: Node | null = root.firstChild;
  while (node && nonSpace <= max) {
    if (known && node === known.element) {
      const m = known.measure;
      if (m.nonSpace === 0) {
        if (m.leadSpace) space();
      } else {
        if (nonSpace === 0) leadSpace ||= m.leadSpace;
        else if (pendingSpace || m.leadSpace) gaps++;
        nonSpace += m.nonSpace;
        gaps += m.gaps;
        pendingSpace = m.trailSpace;
      }
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const text = node.nodeValue ?? '';
      for (let i = 0; i < text.length && nonSpace <= max; i++) {
        if (isSpaceCode(text.charCodeAt(i))) space();
        else {
          if (pendingSpace) {
            gaps++;
            pendingSpace = false;
          }
          nonSpace++;
        }
      }
    } else if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return { nonSpace, gaps, leadSpace, trailSpace: pendingSpace || (nonSpace === 0 && leadSpace) };
}
