import { normalizeSpace } from '../text';

/**
 * Footnotes a page keeps outside the article's box: the body's marks (`essay<sup><a href="#fn-1">1</a></sup>`)
 * point at a notes list that the template renders after the body, in a wrapper of its own, so Readability's
 * pick ends before it and the notes were lost. The list is found by what the marks say, not by its name:
 * - linked marks: the in-page targets of the body's footnote marks, missing from the body, all in one list;
 * - bare marks (`<sup>1</sup>` … `<sup>3</sup>`, no link): a list outside the body whose items carry ids
 *   numbered like the marks, one to one (`…-1`, `…-2`, `…-3`), as footnote plugins number them.
 * A copy of that list (with its own heading, where a wrapper holds little else) goes at the end of the body, and
 * bare marks become links to their notes.
 * The live page is only read.
 */

/** A footnote mark as a reader sees it: a number, a bracketed number, or a typographic sign. */
const MARK = /^\s*\[?\s*(\d{1,3}|[*\u2020\u2021\u00a7])\s*\]?\s*$/u;
/** An item id that ends in its number: `footnote-3`, `fn3`, `note_3`. */
const NUMBERED_ID = /(?:^|\D)(\d{1,3})$/;
/** A wrapper around the notes list may add this many characters (its heading, a rule) and still be the notes. */
const WRAPPER_EXTRA_CHARS = 120;
/** How far up from the notes list a wrapper is looked for. */
const MAX_WRAPPER_LEVELS = 3;
/** At least this share of the body's linked marks must land in the one list. */
const MIN_LINKED_SHARE = 0.5;

export function attachDetachedFootnotes(content: Element, page: Document): void {
  const marks = Array.from(content.querySelectorAll('sup')).filter((sup) => MARK.test(sup.textContent ?? ''));
  if (marks.length === 0) return;
  const inBody = new Set(Array.from(content.querySelectorAll('[id]'), (el) => el.id));
  const list = linkedNotes(marks, inBody, page) ?? numberedNotes(marks, content, page);
  if (!list) return;
  content.appendChild(content.ownerDocument.importNode(withWrapper(list), true));
}

/** The one list of the page, outside the body, that holds most of the notes the marks link to. */
function linkedNotes(marks: Element[], inBody: ReadonlySet<string>, page: Document): Element | null {
  const ids = marks
    .map((sup) => (sup.querySelector('a[href^="#"]') ?? sup.closest('a[href^="#"]'))?.getAttribute('href')?.slice(1))
    .filter((id): id is string => !!id);
  if (ids.length === 0) return null;
  const outside = ids.filter((id) => !inBody.has(id)).map((id) => page.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  const lists = outside.map((target) => target.closest('ol, ul, dl'));
  const list = lists[0];
  if (!list || lists.filter((other) => other === list).length < MIN_LINKED_SHARE * ids.length) return null;
  return list;
}

/** A list outside the body whose items are numbered 1…n by their ids, where the body's bare marks say 1…n. */
function numberedNotes(marks: Element[], content: Element, page: Document): Element | null {
  if (marks.some((sup) => sup.closest('a') || sup.querySelector('a'))) return null;
  const numbers = marks.map((sup) => MARK.exec(sup.textContent ?? '')?.[1]);
  if (numbers.length < 2 || numbers.some((label, i) => label !== String(i + 1))) return null;
  const bodyText = normalizeSpace(content.textContent);
  for (const list of Array.from(page.querySelectorAll('ol, ul'))) {
    const items = Array.from(list.children).filter((child) => child.localName === 'li');
    if (items.length !== numbers.length) continue;
    if (!items.every((item, i) => NUMBERED_ID.exec(item.id)?.[1] === String(i + 1))) continue;
    // Not a list the body already holds.
    if (bodyText.includes(normalizeSpace(items[0]!.textContent))) continue;
    linkMarks(marks, items);
    return list;
  }
  return null;
}

/** Each bare mark becomes a link to its note, as the reader and the Markdown read footnotes. */
function linkMarks(marks: Element[], items: Element[]): void {
  for (const [i, sup] of marks.entries()) {
    const link = sup.ownerDocument.createElement('a');
    link.setAttribute('href', `#${items[i]!.id}`);
    while (sup.firstChild) link.appendChild(sup.firstChild);
    sup.appendChild(link);
  }
}

/** The list, or the wrapper around it that adds no more than a heading. */
function withWrapper(list: Element): Element {
  const listChars = normalizeSpace(list.textContent).length;
  let best = list;
  let node = list.parentElement;
  for (let level = 0; node && node.localName !== 'body' && level < MAX_WRAPPER_LEVELS; level++, node = node.parentElement) {
    if (normalizeSpace(node.textContent).length > listChars + WRAPPER_EXTRA_CHARS) break;
    best = node;
  }
  return best;
}
