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
