import { normalizeSpace } from '../text';

/**
 * Pages whose content is a run of like items (a discussion thread, a forum or Q&A page, a listing): Readability
 * scores blocks one by one and picks one item (the first comment, one post of an archive) as the article. Found
 * by shape, not by name: the block Readability picked sits in an item with at least two more items of the same
 * tag, classes and inner structure in its container. The article is then that container, with the short post or
 * heading above it.
 *
 * Thresholds chosen on the development pages of Defuddle's suite and Readability's pages only.
 */

/** The picked item and at least this many more of its shape make a thread. */
const MIN_OTHER_ITEMS = 2;
/** Two items have the same inner structure when this share of their element kinds is shared. */
const MIN_SHAPE_OVERLAP = 0.6;
/** The item holding the pick holds at most this many times its text: further up is no longer an item. */
const ITEM_REACH = 3;
/** The item must hold this share of the pick's text (Readability's cleaning drops a little). */
const ITEM_COVER = 0.8;
/** A post, title or heading above the thread joins it while shorter than this… */
const POST_CHARS = 1000;
/** …and shorter than this share of the thread. */
const POST_SHARE = 0.5;
/** Text nodes of the pick tried as anchors in the page, and how long one must be to find it again. */
const ANCHORS = 5;
const ANCHOR_CHARS = 25;

/**
 * Where the page is a thread or list of like items and Readability picked one of them: the path (element child
 * indices from `<body>`) of the container that holds them all, else null. Reads `doc`, never changes it.
 */
export function threadContainerPath(doc: Document, picked: Element): number[] | null {
  const body = doc.body;
  const pickedChars = chars(picked);
  if (!body || pickedChars === 0) return null;
  const anchor = findAnchor(body, picked);
  if (!anchor) return null;
  for (let item = anchor.parentElement; item && item !== body; item = item.parentElement) {
    const itemChars = chars(item);
    if (itemChars < pickedChars * ITEM_COVER) continue;
    if (itemChars > pickedChars * ITEM_REACH) break;
    const container = item.parentElement;
    if (container && container !== body && hasLikeItems(container, item)) return pathFrom(body, withPostAbove(body, container));
  }
  return null;
}

/** The element at `path` under `body`, or null where the copy's structure differs. */
export function elementAtPath(body: Element, path: readonly number[]): Element | null {
  let element: Element | undefined = body;
  for (const index of path) element = element?.children[index];
  return element ?? null;
}

const NOT_CONTENT = 'script, style, noscript, template, nav, aside, footer, input, select, textarea, button';

/**
 * A thread container as the article: what Readability would have dropped from it anyway (scripts, navigation,
 * form controls) removed. The container must belong to a private copy of the page.
 */
export function threadArticle(container: Element): Element {
  for (const element of Array.from(container.querySelectorAll(NOT_CONTENT))) element.remove();
  return container;
}

/** The first of the pick's longer text nodes that the page has too, as the page's node. */
function findAnchor(body: Element, picked: Element): Text | null {
  const wanted: string[] = [];
  const pickedTexts = picked.ownerDocument.createTreeWalker(picked, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = pickedTexts.nextNode(); node && wanted.length < ANCHORS; node = pickedTexts.nextNode()) {
    const text = normalizeSpace(node.nodeValue);
    if (text.length >= ANCHOR_CHARS) wanted.push(text);
  }
  if (wanted.length === 0) return null;
  const found = new Map<string, Text>();
  const pageTexts = body.ownerDocument.createTreeWalker(body, 4);
  for (let node = pageTexts.nextNode(); node; node = pageTexts.nextNode()) {
    const text = normalizeSpace(node.nodeValue);
    if (text.length >= ANCHOR_CHARS && wanted.includes(text) && !found.has(text)) found.set(text, node as Text);
  }
  for (const text of wanted) {
    const node = found.get(text);
    if (node) return node;
  }
  return null;
}

/** Whether `container` holds, besides `item`, enough items of its tag, classes and inner structure, one a sibling. */
function hasLikeItems(container: Element, item: Element): boolean {
  const signature = signatureOf(item);
  const shape = shapeOf(item);
  const like = Array.from(container.getElementsByTagName(item.tagName)).filter(
    // Replies nested in the item count too (a thread's first comment holds its replies).
    (other) => other !== item && !other.contains(item) && signatureOf(other) === signature && chars(other) > 0 && overlap(shape, shapeOf(other)) >= MIN_SHAPE_OVERLAP,
  );
  return like.length >= MIN_OTHER_ITEMS && like.some((other) => other.parentElement === container) && chars(container) > chars(item);
}

/** The container, or an ancestor whose only other text is a short post or title above the thread. */
function withPostAbove(body: Element, container: Element): Element {
  let best = container;
  for (let parent = container.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const threadChars = chars(best);
    const outside = chars(parent) - threadChars;
    if (outside >= POST_CHARS || outside >= threadChars * POST_SHARE) break;
    best = parent;
  }
  return best;
}

/** Tag and classes, without classes that carry a number (ids of one comment, one post). */
function signatureOf(element: Element): string {
  const classes = Array.from(element.classList).filter((name) => !/\d/.test(name)).sort();
  return [element.tagName, ...classes].join('.');
}

/** The kinds of element (signatures) inside an item. */
function shapeOf(element: Element): Set<string> {
  return new Set(Array.from(element.querySelectorAll('*'), signatureOf));
}

/** Shared kinds over all kinds of the two (1 when both are empty). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const kind of a) if (b.has(kind)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 1 : shared / all;
}

function pathFrom(body: Element, element: Element): number[] {
  const path: number[] = [];
  for (let node = element; node !== body && node.parentElement; node = node.parentElement) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node) as number);
  }
  return path;
}

function chars(element: Element): number {
  return normalizeSpace(element.textContent).length;
}
