import type { BlockView } from '../block';
import { labelled, linkDensity, type ClutterRule } from '../rule';

/**
 * A list of links after the article's prose, whatever it is called: three or more sibling items that are each
 * (nearly) nothing but a link to another page, such as related posts with their topic links, a "See also" list
 * or a blog's archive. The article has ended; such a list only sends the reader elsewhere. References and notes
 * stay: their items are mostly text of their own (authors, titles, dates) with a link in it, or links written as
 * their addresses.
 */

const MIN_ITEMS = 3;
const MAX_CHARS = 1500;
/** Share of an item's text inside links, and of the whole list's. */
const ITEM_LINK_SHARE = 0.75;
const LIST_LINK_SHARE = 0.8;
/** An item longer than this is a paragraph with a link, not a link. */
const MAX_ITEM_CHARS = 160;

/** A link written as its address is a source the article cites ("https://nodejs.org/api/…"), not a page to go on to. */
const ADDRESS = /^\s*(https?:\/\/|www\.)\S+\s*$/i;

function linksElsewhere(el: Element): boolean {
  let elsewhere = false;
  for (const a of el.getElementsByTagName('a')) {
    const href = a.getAttribute('href') ?? '';
    if (ADDRESS.test(a.textContent ?? '')) return false;
    if (href && !href.startsWith('#')) elsewhere = true;
  }
  return elsewhere;
}

function isLinkItem(item: Element, view: BlockView): boolean {
  const s = view.stats(item);
  return s.links > 0 && s.chars <= MAX_ITEM_CHARS && s.controls === 0 && linkDensity(view, item) >= ITEM_LINK_SHARE && linksElsewhere(item);
}

export const linkListRule: ClutterRule = {
  kind: 'related',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars === 0 || s.chars > MAX_CHARS || s.longParagraphs > 0 || s.links < MIN_ITEMS || s.headings > 1) return null;
    if (linkDensity(view, el) < LIST_LINK_SHARE || view.position(el) !== 'after') return null;
    let items = 0;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (view.stats(child).chars === 0) continue;
      // A heading may lead the list ("See also"); anything else that is not a link item makes it something else.
      if (/^H[2-6]$/.test(child.tagName) && items === 0) continue;
      if (!isLinkItem(child, view)) return null;
      items++;
    }
    return items >= MIN_ITEMS ? labelled(view, el) : null;
  },
};
