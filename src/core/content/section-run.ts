import { collapsedLength } from '../dom-walk';
import { normalizeSpace } from '../text';
import { signatureOf } from './discussion-thread';
import { PickClimb } from './pick-climb';

/**
 * Pages laid out by a page builder (Elementor, Gutenberg groups, Divi and the like) put one article into a run of
 * sibling boxes of one kind, one box per section (a heading and its text, a table, a list of notes). Readability
 * scores blocks one by one and picks the longest box's text; its sibling check only looks beside that block, not
 * beside the box several levels up, so the other sections are lost. Found by shape, not by name: the box holding
 * the pick has siblings of the same tag and classes right before or after it, each holding prose of its own
 * (paragraphs, tables, quotes, code) with few links and no linked heading (a teaser card links its title). The
 * article is then the unbroken run of such boxes around the pick.
 *
 * Thresholds chosen on the development pages of Defuddle's suite and Readability's pages only.
 */

/** The box holding the pick holds at least this share of its text (Readability's cleaning drops a little)… */
const BOX_COVER = 0.8;
/** …and at most this many times it: further up is no longer the pick's section. */
const BOX_REACH = 2;
/** At least this many more sections beside the pick's, for a run of sections rather than a pair of boxes. */
const MIN_OTHER_SECTIONS = 2;
/** A section's prose (text in paragraphs, tables, quotes, code) is at least a sentence or two… */
const MIN_PROSE_CHARS = 100;
/** …and at least this share of its text; what links say is at most this share (a list of links is no section). */
const MIN_PROSE_SHARE = 0.5;
const MAX_LINK_SHARE = 0.3;
const PROSE = 'p, table, blockquote, pre, dl';
/** Boxes that are the page's frame, never the article's sections. */
const FRAME = 'header, footer, nav, aside, form';

export interface SectionRun {
  /** The container of the run, in the page as published. */
  container: Element;
  /** The first and last sections of the run, children of `container`. */
  first: Element;
  last: Element;
}

/**
 * Where Readability picked one section of an article laid out as a run of like boxes: that run, in `doc`, else
 * null. Reads `doc`, never changes it.
 */
export function sectionRun(doc: Document, picked: Element, climb = new PickClimb(doc, picked)): SectionRun | null {
  const body = doc.body;
  const { pickedChars } = climb;
  // Each level's text measured once (by the climb, which the thread check shares).
  for (let box = climb.anchor?.parentElement; box && box.parentElement && box.parentElement !== body; box = box.parentElement) {
    // More non-space characters than the reach is longer still: a large ancestor's whole text is not read.
    const measure = climb.measure(box, pickedChars * BOX_REACH);
    if (measure.nonSpace > pickedChars * BOX_REACH) break;
    const boxChars = collapsedLength(measure);
    if (boxChars > pickedChars * BOX_REACH) break;
    if (boxChars < pickedChars * BOX_COVER || box.closest(FRAME)) continue;
    const signature = signatureOf(box);
    const alike = (element: Element | null): element is Element => element !== null && signatureOf(element) === signature && isSection(element);
    let first: Element = box;
    let last: Element = box;
    while (alike(first.previousElementSibling)) first = first.previousElementSibling;
    while (alike(last.nextElementSibling)) last = last.nextElementSibling;
    let others = 0;
    for (let section: Element | null = first; section && section !== last.nextElementSibling; section = section.nextElementSibling) if (section !== box) others++;
    if (others >= MIN_OTHER_SECTIONS) return { container: box.parentElement, first, last };
  }
  return null;
}

/** A box holding prose of its own: sentences in paragraphs or tables, few links, no linked heading. */
function isSection(box: Element): boolean {
  const total = chars(box);
  if (total === 0 || box.querySelector(FRAME) || box.querySelector('h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]')) return false;
  const prose = Array.from(box.querySelectorAll(PROSE))
    .filter((element) => !element.parentElement?.closest(PROSE))
    .reduce((sum, element) => sum + chars(element), 0);
  const links = Array.from(box.querySelectorAll('a')).reduce((sum, link) => sum + chars(link), 0);
  return prose >= MIN_PROSE_CHARS && prose >= total * MIN_PROSE_SHARE && links <= total * MAX_LINK_SHARE;
}

function chars(element: Element): number {
  return normalizeSpace(element.textContent).length;
}
