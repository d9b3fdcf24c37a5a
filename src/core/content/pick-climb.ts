import { measureTextUpTo, type TextMeasure } from '../dom-walk';
import { normalizeSpace } from '../text';

/** A text node of the pick this long is found again in the page. */
const ANCHOR_CHARS = 25;
/**
 * How far up the checks that climb from the pick read the page's text, as a multiple of the pick's length: the
 * longest reach of those that use a climb (ITEM_REACH of discussion-thread.ts, BOX_REACH of section-run.ts).
 */
const MAX_REACH = 3;

/**
 * Readability's pick found again in its page, for the checks that climb from it there (discussion-thread.ts,
 * section-run.ts, letter-header.ts): its anchor (the page's text node its first longer text came from), its
 * length, and the text of the anchor's ancestors, each level measured once whichever check asks first.
 */
export class PickClimb {
  /** `normalizeSpace(picked.textContent).length`. */
  readonly pickedChars: number;
  readonly anchor: Node | undefined;
  /** Measures read so far, from the anchor's parent up; none past the first longer than `limit`. */
  private readonly measures = new Map<Element, TextMeasure>();
  private below: { element: Element; measure: TextMeasure } | undefined;
  private next: Element | null;
  private readonly limit: number;

  constructor(doc: Document, picked: Element) {
    this.pickedChars = normalizeSpace(picked.textContent).length;
    this.anchor = doc.body ? findAnchor(doc.body, picked) : undefined;
    this.next = this.anchor?.parentElement ?? null;
    this.limit = this.pickedChars * MAX_REACH;
  }

  /**
   * The measure of an ancestor of the anchor, asked from the anchor's parent up, as `measureTextUpTo(element,
   * max)` would decide: complete where it has at most `max` non-space characters, else more than `max` (partial).
   * Read once up to `pickedChars * MAX_REACH`, so any `max` up to that gets the same answer.
   */
  measure(element: Element, max: number): TextMeasure {
    if (max > this.limit) throw new RangeError('PickClimb: beyond its reach');
    while (!this.measures.has(element) && this.next) {
      const level = this.next;
      // Above a level longer than the limit every level is longer still: its partial measure stands for them.
      const measure = this.below && this.below.measure.nonSpace > this.limit ? this.below.measure : measureTextUpTo(level, this.limit, this.below);
      this.measures.set(level, measure);
      this.below = { element: level, measure };
      this.next = level.parentElement;
    }
    const measure = this.measures.get(element);
    if (!measure) throw new RangeError('PickClimb: not an ancestor of the anchor');
    return measure;
  }
}

/** The page's text node that the pick's first longer one came from. */
function findAnchor(body: Element, picked: Element): Node | undefined {
  const first = normalizeSpace(firstText(picked, (value) => normalizeSpace(value).length >= ANCHOR_CHARS));
  if (!first) return undefined;
  // Only a text that holds the first word can be the same text, and never a script's (Readability drops scripts):
  // the page's other texts are not normalised, its megabytes of script not searched.
  const space = first.indexOf(' ');
  const word = space < 0 ? first : first.slice(0, space);
  return firstNode(body, (value, node) => value.length >= first.length && !NOT_PROSE.has(node.parentElement?.tagName ?? '') && value.includes(word) && normalizeSpace(value) === first);
}

/** Elements whose text is never an article's. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The first text node under `root` whose value passes `accept`. */
function firstNode(root: Element, accept: (value: string, node: Node) => boolean): Node | undefined {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (accept(node.nodeValue ?? '', node)) return node;
  return undefined;
}

function firstText(root: Element, accept: (value: string, node: Node) => boolean): string | undefined {
  return firstNode(root, accept)?.nodeValue ?? undefined;
}
