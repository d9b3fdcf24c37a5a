import { normalizeSpace } from '../text';

/**
 * Pages whose content is a run of like items (a discussion thread, a forum or Q&A page, a listing): Readability
 * scores blocks one by one and picks one item (the first comment) as the article. Found by shape, not by name:
 * the block Readability picked sits in an item with at least two more items of the same tag, classes and inner
 * structure in its container. The article is then that container, with the short post or title above it.
 *
 * Thresholds chosen on the development pages of Defuddle's suite and Readability's pages only.
 */

/** The picked item and at least this many more of its shape make a thread. */
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
/** A text node of the pick this long is found again in the page. */
const ANCHOR_CHARS = 25;

/**
 * Where the page is a thread or list of like items and Readability picked one of them: the container that holds
 * them all, in `doc`, else null. Reads `doc`, never changes it.
 */
export function threadContainer(doc: Document, picked: Element): Element | null {
  const body = doc.body;
  const pickedChars = chars(picked);
  const anchor = body && findAnchor(body, picked);
  let thread: Element | null = null;
  for (let item = anchor?.parentElement; item && item !== body; item = item.parentElement) {
    const itemChars = chars(item);
    const parent = item.parentElement!;
    if (thread) {
      // Up from the thread while what else an ancestor holds is a short post or title.
      const outside = chars(parent) - itemChars;
      if (parent === body || outside >= POST_CHARS || outside >= itemChars * POST_SHARE) break;
      thread = parent;
    } else if (itemChars > pickedChars * ITEM_REACH) break;
    else if (itemChars >= pickedChars * ITEM_COVER && parent !== body && hasLikeItems(parent, item)) thread = parent;
  }
  return thread;
}

/** The page's text node that the pick's first longer one came from. */
export function findAnchor(body: Element, picked: Element): Node | undefined {
  const first = normalizeSpace(textNodes(picked).find((node) => normalizeSpace(node.nodeValue).length >= ANCHOR_CHARS)?.nodeValue);
  return first ? textNodes(body).find((node) => normalizeSpace(node.nodeValue) === first) : undefined;
}

function textNodes(root: Element): Node[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
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
  const shape = shapeOf(item);
  // Replies nested in the item count too (a thread's first comment holds its replies).
  const like = Array.from(container.getElementsByTagName(item.tagName)).filter(
    (other) => !other.contains(item) && signatureOf(other) === signature && chars(other) > 0 && overlap(shape, shapeOf(other)) >= MIN_SHAPE_OVERLAP,
  );
  return like.length >= MIN_OTHER_ITEMS && like.some((other) => other.parentElement === container);
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
  return container;
}
