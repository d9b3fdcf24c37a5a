import type { BlockView } from '../block';
import { labelled, type ClutterRule } from '../rule';

/**
 * A breadcrumb trail before the article: "Home | Math | This page", "Home › Posts › Title". Two or more short
 * links in a row, joined by separators or as the items of a list, and at most a last item that is not a link
 * (the page itself). The reader shows the title and the site; the trail is the site's navigation.
 */

const MAX_CHARS = 160;
const MAX_STEP_CHARS = 32;
const MAX_LAST_CHARS = 100;
const MAX_STEPS = 7;
const SEPARATOR = /^[\s|>›»/→·•:\\-]*$/u;
/** Separators that never occur inside a page's title. */
const STEP_JOINER = /[|›»→]/u;

interface Trail {
  links: number;
  /** Text outside the links that is not a separator; only the trail's last step may have it. */
  tail: boolean;
  /** A separator drawn between steps ("|", "›", ">"). */
  joined: boolean;
}

/** Walks the block's children in order: links are steps, separators join them, one non-link step may end it. */
function readTrail(el: Element, view: BlockView, trail: Trail): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (SEPARATOR.test(text)) {
        if (text.trim()) trail.joined = true;
        continue;
      }
      // One last step: "| one | two" is two more.
      const step = text.replace(/^[\s|>›»/→·•:\\-]+|[\s|>›»/→·•:\\-]+$/gu, '');
      if (trail.tail || trail.links === 0 || step.length > MAX_LAST_CHARS || STEP_JOINER.test(step)) return false;
      trail.tail = true;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const s = view.stats(child);
    if (s.chars === 0) continue;
    if (trail.tail) return false;
    if (child.tagName === 'A') {
      if (s.chars > MAX_STEP_CHARS || !(child.getAttribute('href') ?? '').trim()) return false;
      trail.links++;
    } else if (s.links === 0) {
      // A step that is not a link: the page itself, last; or a separator drawn as an element.
      if (SEPARATOR.test(child.textContent ?? '')) {
        trail.joined = true;
        continue;
      }
      if (trail.links === 0 || s.chars > MAX_LAST_CHARS) return false;
      trail.tail = true;
    } else if (!readTrail(child, view, trail)) {
      return false;
    }
  }
  return true;
}

/** Nothing with text or an image comes before the block: it opens the article (a page of formulas has no prose). */
function startsTheArticle(el: Element, view: BlockView): boolean {
  for (let node: Element = el; node !== view.root; node = node.parentElement!) {
    if (!node.parentElement) return false;
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const s = view.stats(prev);
      if (s.chars > 0 || s.images > 0) return false;
    }
  }
  return true;
}

export const breadcrumbRule: ClutterRule = {
  kind: 'navigation',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars === 0 || s.chars > MAX_CHARS || s.links < 2 || s.links > MAX_STEPS) return null;
    if (s.longParagraphs + s.headings + s.images + s.controls > 0 || el.tagName === 'A') return null;
    // A list of links in a table or a list item is data (an infobox's divisions).
    if (el.closest('table, li')) return null;
    if (view.position(el) !== 'before' && !startsTheArticle(el, view)) return null;
    const trail: Trail = { links: 0, tail: false, joined: false };
    if (!readTrail(el, view, trail) || trail.links < 2) return null;
    // Two links side by side are a trail only when joined by separators or ended by the page itself.
    return trail.joined || trail.tail || trail.links >= 3 ? labelled(view, el) : null;
  },
};
