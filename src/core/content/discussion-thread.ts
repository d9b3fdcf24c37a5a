import { collapsedLength, textLongerThan } from '../dom-walk';
import { normalizeSpace } from '../text';
import { PickClimb } from './pick-climb';

/**
 * Pages whose content is a run of like items (a discussion thread, a forum or Q&A page, a listing): Readability
 * scores blocks one by one and picks one item (the first comment) as the article. Found by shape, not by name:
 * the block Readability picked sits in an item with at least two more items of the same tag, classes and inner
 * structure in its container. The article is then that container, with the short post or title above it.
 *
 * Thresholds chosen on the development pages of Defuddle's suite and Readability's pages only.
 */

/**
 * The picked item and at least this many more of its shape make a thread; or one more before it, no longer than
 * it: the post that the picked reply answers (Readability would have picked the post had it more prose).
 */
const MIN_OTHER_ITEMS = 2;
/** Two items have the same inner structure when this share of their element kinds is shared. */
const MIN_SHAPE_OVERLAP = 0.6;
/** The item holding the pick holds at least this share of its text (Readability's cleaning drops a little)… */
const ITEM_COVER = 0.8;
/** …and at most this many times it: further up is no longer an item. */
const ITEM_REACH = 3;
/** A post or title above the thread joins it while shorter than this, and than this share of the thread. */
const POST_CHARS = 1000;
const POST_SHARE = 0.5;

/**
 * Where the page is a thread or list of like items and Readability picked one of them: the container that holds
 * them all, in `doc`, else null. Reads `doc`, never changes it.
 */
export function threadContainer(doc: Document, picked: Element, climb = new PickClimb(doc, picked)): Element | null {
  const body = doc.body;
  const { pickedChars } = climb;
  let thread: Element | null = null;
  // Up to the thread, each level's text is measured once (by the climb, which the section-run check shares); more
  // non-space characters than the reach is more characters still: a large ancestor's whole text is not read.
  for (let item = climb.anchor?.parentElement; item && item !== body; item = item.parentElement) {
    let itemChars: number;
    if (!thread) {
      const measure = climb.measure(item, pickedChars * ITEM_REACH);
      if (measure.nonSpace > pickedChars * ITEM_REACH) break;
      itemChars = collapsedLength(measure);
    } else itemChars = chars(item);
    const parent = item.parentElement!;
    if (thread) {
      // Up from the thread while what else an ancestor holds is a short post or title.
      const room = Math.min(POST_CHARS, itemChars * POST_SHARE);
      if (parent === body || textLongerThan(parent, itemChars + room)) break;
      const outside = chars(parent) - itemChars;
      if (outside >= room) break;
      thread = parent;
    } else if (itemChars > pickedChars * ITEM_REACH) break;
    else if (itemChars >= pickedChars * ITEM_COVER && parent !== body && hasLikeItems(parent, item)) thread = parent;
  }
  return thread;
}

/** The element of `copy` (a clone of the element's page) at the element's place, found by child positions from the body. */
export function sameElementIn(copy: Document, element: Element): Element | null {
  const positions: number[] = [];
  for (let node = element; node.parentElement && node !== node.ownerDocument.body; node = node.parentElement) positions.unshift([...node.parentElement.children].indexOf(node));
  return positions.reduce<Element | null>((at, index) => at?.children[index] ?? null, copy.body);
}

/** Whether `container` holds, besides `item`, enough items of its tag, classes and inner structure, one a sibling. */
function hasLikeItems(container: Element, item: Element): boolean {
  const signature = signatureOf(item);
  let shape: Set<string> | null = null;
  const like = (other: Element): boolean =>
    !other.contains(item) && signatureOf(other) === signature && /\S/u.test(other.textContent ?? '') && overlap((shape ??= shapeOf(item)), shapeOf(other)) >= MIN_SHAPE_OVERLAP;
  // A like sibling first: without one there is no thread, and looking among siblings is cheap on a large page.
  let sibling: Element | null = null;
  for (let other = container.firstElementChild; other && !sibling; other = other.nextElementSibling) if (other.tagName === item.tagName && like(other)) sibling = other;
  if (!sibling) return false;
  if (sibling.compareDocumentPosition(item) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ && chars(sibling) <= chars(item)) return true;
  // Replies nested in the item count too (a thread's first comment holds its replies).
  let count = 0;
  for (const other of Array.from(container.getElementsByTagName(item.tagName))) if (like(other) && ++count >= MIN_OTHER_ITEMS) return true;
  return false;
}

/** Tag and classes, without classes that carry a number (ids of one comment, one post). */
export function signatureOf(element: Element): string {
  return [element.tagName, ...Array.from(element.classList).filter((name) => !/\d/.test(name)).sort()].join('.');
}

/** The kinds of element (signatures) inside an item. */
function shapeOf(element: Element): Set<string> {
  return new Set(Array.from(element.querySelectorAll('*'), signatureOf));
}

/** Shared kinds over all kinds of the two (1 when both are empty). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((kind) => b.has(kind)).length;
  return shared / (a.size + b.size - shared || 1);
}

function chars(element: Element): number {
  return normalizeSpace(element.textContent).length;
}

const NOT_CONTENT = 'script, style, noscript, template, nav, aside, footer, input, select, textarea, button';

/**
 * A thread container of a private copy of the page as the article, cleaned as Readability cleans its pick:
 * scripts, navigation and form controls out, addresses absolute (the copy's `<base>` is the page's).
 */
export function threadArticle(container: Element): Element {
  for (const element of Array.from(container.querySelectorAll(NOT_CONTENT))) element.remove();
  for (const element of Array.from(container.querySelectorAll('a[href]:not([href^="#"]), img[src]'))) {
    const attribute = element.tagName === 'A' ? 'href' : 'src';
    element.setAttribute(attribute, (element as HTMLAnchorElement & HTMLImageElement)[attribute]);
  }
  if (ARTICLE_ROOTS.has(container.tagName)) return container;
  // The sanitiser cleans the article in place and refuses a root it would drop (a <main>, a <tbody>): a <div> holds it.
  const root = container.ownerDocument.createElement('div');
  container.replaceWith(root);
  root.append(container);
  return root;
}

/** Tags Readability's own pick may have, which the sanitiser keeps as the article's root. */
const ARTICLE_ROOTS = new Set(['DIV', 'ARTICLE', 'SECTION']);
