import { normalizeSpace } from '../text';
import { FOOTNOTE_MARK } from './hidden-footnotes';

/**
 * Footnotes a page keeps outside the article's box: the body's marks (`essay<sup><a href="#fn-1">1</a></sup>`)
 * point at a notes list that the template renders after the body, in a wrapper of its own, so Readability's
 * pick ends before it and the notes were lost. The list is found by what the marks say, not by its name:
 * - linked marks: the in-page targets of the body's footnote marks, missing from the body, most in one list;
 * - bare marks (`<sup>1</sup>` … `<sup>3</sup>`, no link): a list outside the body whose items carry ids
 *   numbered like the marks, one to one (`…-1`, `…-2`, `…-3`), as footnote plugins number them.
 * A copy of that list (with its own heading, where a wrapper holds little else) goes at the end of the body, and
 * bare marks become links to their notes. The live page is only read.
 */

/** An item id that ends in its number: `footnote-3`, `fn3`, `note_3`. */
const NUMBERED_ID = /(?:^|\D)(\d{1,3})$/;
/** A wrapper around the notes list may add this many characters (its heading, a rule) and still be the notes. */
const WRAPPER_EXTRA_CHARS = 120;

export function attachDetachedFootnotes(content: Element, page: Document): void {
  const marks = Array.from(content.querySelectorAll('sup')).filter((sup) => FOOTNOTE_MARK.test(sup.textContent ?? ''));
  if (marks.length === 0) return;
  const list = linkedNotes(marks, content, page) ?? numberedNotes(marks, content, page);
  if (!list) return;
  // The list, or the wrapper around it that adds no more than a heading (up to three levels up).
  let notes = list;
  const chars = (el: Element) => normalizeSpace(el.textContent).length;
  for (let up = list.parentElement, level = 0; up && up !== page.body && level < 3 && chars(up) <= chars(list) + WRAPPER_EXTRA_CHARS; up = up.parentElement, level++) notes = up;
  content.appendChild(content.ownerDocument.importNode(notes, true));
}

/** The one list of the page, outside the body, that holds at least half the notes the marks link to. */
function linkedNotes(marks: Element[], content: Element, page: Document): Element | null {
  const ids = marks.map((sup) => (sup.querySelector('a[href^="#"]') ?? sup.closest('a[href^="#"]'))?.getAttribute('href')?.slice(1)).filter((id) => !!id);
  const inBody = new Set(Array.from(content.querySelectorAll('[id]'), (el) => el.id));
  const lists = ids.map((id) => (inBody.has(id!) ? null : page.getElementById(id!)?.closest('ol, ul, dl')));
  const list = lists.find((found) => found);
  return list && lists.filter((found) => found === list).length >= ids.length / 2 ? list : null;
}

/** A list outside the body whose items are numbered 1…n by their ids, where the body's bare marks say 1…n. */
function numberedNotes(marks: Element[], content: Element, page: Document): Element | null {
  if (marks.length < 2 || marks.some((sup, i) => sup.closest('a') || sup.querySelector('a') || FOOTNOTE_MARK.exec(sup.textContent!)?.[1] !== String(i + 1))) return null;
  const bodyText = normalizeSpace(content.textContent);
  for (const list of Array.from(page.querySelectorAll('ol, ul'))) {
    const items = Array.from(list.children);
    if (items.length !== marks.length || !items.every((item, i) => item.localName === 'li' && NUMBERED_ID.exec(item.id)?.[1] === String(i + 1))) continue;
    // Not a list the body already holds.
    if (bodyText.includes(normalizeSpace(items[0]!.textContent))) continue;
    // Each bare mark becomes a link to its note, as the reader and the Markdown read footnotes.
    for (const [i, sup] of marks.entries()) {
      const link = sup.ownerDocument.createElement('a');
      link.setAttribute('href', `#${items[i]!.id}`);
      link.append(...Array.from(sup.childNodes));
      sup.append(link);
    }
    return list;
  }
  return null;
}
