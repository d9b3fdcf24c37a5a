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

/**
 * Non-space characters of a string: `compactText(text).length`, without building the string; counting stops once
 * it passes `stopAbove` (a page's script text runs to megabytes).
 */
export function nonSpaceLength(text: string, stopAbove = Infinity): number {
  const nonSpace = /\S/g;
  let count = 0;
  while (count <= stopAbove && nonSpace.test(text)) count++;
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
 * For each element under `root` (and `root`), the number of non-space characters of its text (what `textContent`
 * with whitespace removed would count), or `max + 1` for any text longer than `max`: all in one walk, so a pass
 * that needs the short blocks of a large page never reads the text of its large ones.
 */
export function textSizesUpTo(root: Element, max: number): Map<Element, number> {
  const sizes = new Map<Element, number>();
  // In reverse document order every element comes after its children: no recursion, whatever the page's depth.
  const elements = [root, ...Array.from(root.getElementsByTagName('*'))];
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    let total = 0;
    for (let node = el.firstChild; node && total <= max; node = node.nextSibling) {
      if (node.nodeType === 1) total += sizes.get(node as Element) ?? 0;
      else if (node.nodeType === 3 || node.nodeType === 4) total += nonSpaceLength(node.nodeValue ?? '', max - total);
    }
    sizes.set(el, Math.min(total, max + 1));
  }
  return sizes;
}
