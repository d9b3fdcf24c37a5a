import { BlockView } from './block';
import type { BlockScorer } from './block-model';
import { RemovalReport } from './report';
import { readableLabel, type ClutterRule } from './rule';
import { CLUTTER_RULES } from './rules';
import { ENGAGEMENT_KINDS, captionKind, isEngagementCaption, MAX_CAPTION_CHARS } from './widget-caption';

export { RemovalReport } from './report';
export type { BlockScorer } from './block-model';

/** Tags of blocks that rules judge; inline elements are judged as part of their block. */
const CANDIDATES = new Set([
  'DIV', 'SECTION', 'ASIDE', 'FORM', 'UL', 'OL', 'DL', 'LI', 'NAV', 'FOOTER', 'HEADER', 'FIGURE', 'TABLE', 'P',
  'IFRAME', 'INS', 'CENTER', 'FIELDSET', 'DETAILS', 'BLOCKQUOTE', 'SPAN', 'A', 'H2', 'H3', 'H4', 'H5', 'H6',
]);
const NEVER_REMOVE = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
/** Containers a widget's orphaned heading may live in. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ASIDE', 'FORM', 'FIGURE', 'FOOTER', 'HEADER', 'LI', 'SPAN', 'P']);
/** Text besides the widget that a wrapper may hold and still go with it (its heading). */
const WRAPPER_SPARE_CHARS = 60;
/** From this many long paragraphs a block is article prose, whatever its names or shape say. */
const PROSE_PARAGRAPHS = 2;
/** A heading left with nothing to introduce goes with the clutter it introduced, when it is this short. */
const ORPHAN_HEADING_CHARS = 100;
const HEADINGS = /^H[1-6]$/;
/**
 * The pass never takes (nearly) the whole article: if less than this share of its text would be left, the page is
 * something the rules misread (a thread, a listing) and nothing is removed.
 */
const MIN_KEPT_SHARE = 0.25;
const MIN_JUDGED_CHARS = 200;

function isCandidate(el: Element): boolean {
  return CANDIDATES.has(el.tagName) || el.tagName.includes('-');
}

interface Removal {
  el: Element;
  parent: Node;
  next: Node | null;
}

/**
 * Removes clutter blocks under `root` in place, outermost first, and records each in `report`. Runs on
 * Readability's result in the private copy of the page, so it never touches the live page. The rules judge each
 * block first; `scorer`, when given, decides the small blocks they leave (none by default: the learned scorer lost on
 * held-out pages, see README).
 */
export function declutter(
  root: Element,
  report: RemovalReport,
  rules: readonly ClutterRule[] = CLUTTER_RULES,
  scorer: BlockScorer | null = null,
): void {
  const view = new BlockView(root);
  const initialChars = view.stats(root).chars;
  const reported = report.size;
  const removals: Removal[] = [];
  /**
   * Headings just before a removed block, with the report entry of that block and whether the block has a heading
   * of its own (else it is named by its first words, and the heading outside it names it better).
   */
  const headingsBefore: { heading: Element; entry: number; ownHeading: boolean }[] = [];

  const remove = (el: Element): void => {
    if (!el.parentNode) return;
    removals.push({ el, parent: el.parentNode, next: el.nextSibling });
    view.remove(el);
  };

  const judge = (el: Element): boolean => {
    const s = view.stats(el);
    // Empty blocks are nothing to a reader, except ad frames and ad units that scripts fill in.
    if (s.chars === 0 && s.images === 0 && el.tagName !== 'IFRAME' && el.tagName !== 'INS') return false;
    // A long paragraph is prose on its own; a block with several is (part of) the article.
    if (el.tagName === 'P' && s.longParagraphs > 0) return false;
    const prose = s.longParagraphs >= PROSE_PARAGRAPHS || s.h1s > 0;
    for (const rule of rules) {
      if (prose && !rule.mayHoldProse) continue;
      const match = rule.match(el, view);
      if (!match) continue;
      const target = widen(el, view);
      // An inner row found by its items is named by its wrapper's heading.
      const label = rule.unnamed ? '' : target === el || match.label ? match.label : labelOf(view, target);
      const entry = report.size;
      report.add(match.kind ?? rule.kind, { label });
      const heading = previousHeading(target, view);
      if (heading) headingsBefore.push({ heading, entry, ownHeading: view.lead(target) !== '' });
      remove(target);
      return true;
    }
    const kind = prose ? null : scorer?.(el, view, initialChars);
    if (!kind) return false;
    const entry = report.size;
    report.add(kind, { label: kind === 'ads' ? '' : labelOf(view, el) });
    const heading = previousHeading(el, view);
    if (heading) headingsBefore.push({ heading, entry, ownHeading: view.lead(el) !== '' });
    remove(el);
    return true;
  };

  const visit = (parent: Element): void => {
    // Sibling links, not `children`: jsdom's live collections are slow to index.
    for (let el = parent.firstElementChild, next: Element | null; el; el = next) {
      next = el.nextElementSibling;
      if (isCandidate(el) && !NEVER_REMOVE.has(el.tagName) && judge(el)) {
        // The removal may have taken `parent` with it (an orphaned heading's wrapper).
        if (!root.contains(parent)) return;
        continue;
      }
      if (el.firstElementChild) visit(el);
    }
  };
  visit(root);

  for (const { heading, entry, ownHeading } of headingsBefore) {
    if (!root.contains(heading)) continue;
    const kind = report.kindAt(entry);
    const clean = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A short line ending in a colon introduces the widget or the list of links after it ("More games news:");
    // before an ad slot it introduces the text that goes on after the ad. A caption's words name a widget.
    const colon = clean.length <= MAX_CAPTION_CHARS && /[:：]$/u.test(clean);
    const engagement = kind !== undefined && ENGAGEMENT_KINDS.has(kind);
    const caption = (engagement || kind === 'related') && (colon || (engagement && (isEngagementCaption(clean) || captionKind(clean) !== null)));
    if (!caption && !introducesNothing(heading, view)) continue;
    // The heading names the block better than its first words do, unless it has a heading of its own.
    if (!rules.find((rule) => rule.kind === kind)?.unnamed) report.name(entry, labelOf(view, heading), !ownHeading);
    remove(heading);
  }


  const kept = view.stats(root).chars;
  if ((initialChars >= MIN_JUDGED_CHARS && kept < initialChars * MIN_KEPT_SHARE) || (kept === 0 && initialChars > 0)) {
    for (const { el, parent, next } of removals.reverse()) parent.insertBefore(el, next && next.parentNode === parent ? next : null);
    report.truncate(reported);
  }
}

function labelOf(view: BlockView, el: Element): string {
  return readableLabel(view.lead(el) || (el.textContent ?? ''));
}

/** The heading-like element right before a block: a real heading, or a short line that ends in "?" or ":". */
function previousHeading(el: Element, view: BlockView): Element | null {
  let prev = el.previousElementSibling;
  while (prev && view.stats(prev).chars === 0 && view.stats(prev).images === 0) prev = prev.previousElementSibling;
  if (!prev || prev.childElementCount > 3) return null;
  const text = (prev.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > ORPHAN_HEADING_CHARS) return null;
  if (HEADINGS.test(prev.tagName) && prev.tagName !== 'H1') return prev;
  if (prev.getElementsByTagName('a').length > 0) return null;
  return /[?:？：]$/u.test(text) || isEngagementCaption(text) || captionKind(text) !== null ? prev : null;
}

/** A heading whose section is now empty: the next thing after it is another heading, or nothing. */
function introducesNothing(heading: Element, view: BlockView): boolean {
  let next = heading.nextElementSibling;
  while (next && view.stats(next).chars === 0 && view.stats(next).images === 0) next = next.nextElementSibling;
  return !next || HEADINGS.test(next.tagName);
}

/** A widget found inside a wrapper that holds little else (its heading) takes the wrapper with it. */
function widen(el: Element, view: BlockView): Element {
  let target = el;
  for (let depth = 0; depth < 3; depth++) {
    const parent = target.parentElement;
    if (!parent || parent === view.root || !WRAPPERS.has(parent.tagName) || parent.childElementCount > 3) break;
    const outer = view.stats(parent);
    const inner = view.stats(target);
    if (outer.chars - inner.chars > WRAPPER_SPARE_CHARS || outer.longParagraphs > inner.longParagraphs || outer.h1s > 0) break;
    // Only a heading may be left behind: no other controls, images or link lists.
    if (outer.images > inner.images || outer.controls > inner.controls || outer.links - inner.links > 1) break;
    target = parent;
  }
  return target;
}
