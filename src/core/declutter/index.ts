import type { ClutterKind } from '../article';
import { BlockView } from './block';
import type { BlockScorer } from './block-model';
import { sharesLine } from '../block-text';
import { RemovalReport } from './report';
import { readableLabel, type ClutterRule } from './rule';
import { CLUTTER_RULES } from './rules';
import { captionKind, ENGAGEMENT_KINDS, MAX_CAPTION_CHARS, speaksToReader } from './widget-caption';
import { OriginalPage } from './original-page';
import { residueShaped } from './widget-residue';
import { asksReader, captionAfter, CLOSING_MARK, headingBefore, headingShape, introducesNothing, isCaptionLine, lineText, namesWidget, paragraphCaption, plainCaption } from './widget-heading';

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
 * held-out pages, see README). `original`, the page as published, is read to find the widgets of captions that
 * Readability left alone (see OriginalPage).
 */
export function declutter(
  root: Element,
  report: RemovalReport,
  rules: readonly ClutterRule[] = CLUTTER_RULES,
  scorer: BlockScorer | null = null,
  original: Document | null = null,
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
  /** Captions printed under a removed engagement widget ("Like this article?"), with its report entry. */
  const captionsAfter: { caption: Element; entry: number }[] = [];

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
      const kind = match.kind ?? rule.kind;
      report.add(kind, { label });
      const heading = headingBefore(target, view, ENGAGEMENT_KINDS.has(kind), kind === 'reactions');
      if (heading) headingsBefore.push({ heading, entry, ownHeading: view.lead(target) !== '' });
      const caption = ENGAGEMENT_KINDS.has(kind) ? captionAfter(target, view) : null;
      if (caption) captionsAfter.push({ caption, entry });
      remove(target);
      return true;
    }
    const kind = prose ? null : scorer?.(el, view, initialChars);
    if (!kind) return false;
    const entry = report.size;
    report.add(kind, { label: kind === 'ads' ? '' : labelOf(view, el) });
    const heading = headingBefore(el, view);
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
    // before an ad slot it introduces the text that goes on after the ad. A caption's words name a widget, and a
    // question or exclamation right before one asks the reader to use it.
    const short = clean.length <= MAX_CAPTION_CHARS;
    const colon = short && /[:：]$/u.test(clean);
    const engagement = kind !== undefined && ENGAGEMENT_KINDS.has(kind);
    const asks = short && asksReader(clean);
    const caption = (engagement || kind === 'related') && (colon || (engagement && (asks || namesWidget(clean))));
    if (!caption && !introducesNothing(heading, view)) continue;
    // The heading names the block better than its first words do, unless it has a heading of its own.
    if (!rules.find((rule) => rule.kind === kind)?.unnamed) report.name(entry, labelOf(view, heading), !ownHeading);
    remove(heading);
  }
  for (const { caption, entry } of captionsAfter) {
    if (!root.contains(caption)) continue;
    report.name(entry, labelOf(view, caption));
    remove(caption);
  }
  if (original) {
    const page = new OriginalPage(original, rules, root);
    // Residues first: a caption line is judged by what is left after it.
    for (const { block, kind } of residueBlocks(root, view, page)) {
      const heading = headingBefore(block, view, true, kind === 'reactions');
      report.add(kind, { label: labelOf(view, block) });
      remove(block);
      // The short heading that only introduced the widget goes with it.
      if (heading && root.contains(heading) && (introducesNothing(heading, view) || namesWidget(lineText(heading)))) {
        report.name(report.size - 1, labelOf(view, heading), true);
        remove(heading);
      }
    }
    page.update(root);
    for (const line of captionLines(root, view)) {
      const kind = widgetCaptioned(line, page, view);
      if (!kind) continue;
      report.add(kind, { label: labelOf(view, line) });
      remove(line);
    }
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

/**
 * The short heading-like lines under `root`, outermost first, that may be a widget's caption; a theme's plain
 * caption line (a short `<div>` or `<span>`) only where it introduces nothing, at the end of its section.
 */
function captionLines(root: Element, view: BlockView): Element[] {
  const lines: Element[] = [];
  const visit = (parent: Element): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (headingShape(el, view) || askingHeading(el, view) || (isCaptionLine(el, view) && (namesWidget(lineText(el)) || asksReader(lineText(el)) || (plainCaption(el, view, true) && introducesNothing(el, view))))) lines.push(el);
      else if (el.firstElementChild && view.stats(el).chars > 0) visit(el);
    }
  };
  visit(root);
  return lines;
}

/**
 * A heading element that asks the reader in two short sentences ("Liked it? Leave a clap"): no section title, and a
 * caption only where the page as published has a widget right after it (widgetCaptioned decides).
 */
function askingHeading(el: Element, view: BlockView): boolean {
  const s = view.stats(el);
  return /^H[2-6]$/.test(el.tagName) && s.links + s.images + s.controls === 0 && asksReader(lineText(el));
}

/**
 * The blocks under `root`, outermost first, that are a widget's residue (widget-residue.ts): a short block that is
 * no prose whose box in the page as published was a box of controls. A block that is not is searched inside.
 */
function residueBlocks(root: Element, view: BlockView, page: OriginalPage): { block: Element; kind: ClutterKind }[] {
  const found: { block: Element; kind: ClutterKind }[] = [];
  const visit = (parent: Element): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (view.stats(el).chars === 0 || pieceOfLine(el)) continue;
      const kind = isCandidate(el) && residueShaped(el, view) ? page.residueOf(el) : null;
      if (kind) {
        // An item of a list is judged with its list: what it holds is the list's too.
        if (!itemAmongKept(el, view, page)) found.push({ block: el, kind });
      } else if (el.firstElementChild) visit(el);
    }
  };
  visit(root);
  return found;
}

/**
 * Whether `el` is an item of a list whose other items are no residue: a list's items are alike, and a widget's
 * row goes whole, so one item that reads as a residue among items that stay (a tab list's entry drawn with
 * decorative shapes beside plain ones) is the list's, not a widget's.
 */
function itemAmongKept(el: Element, view: BlockView, page: OriginalPage): boolean {
  const list = el.parentElement;
  if (el.tagName !== 'LI' || !list || (list.tagName !== 'UL' && list.tagName !== 'OL')) return false;
  for (let item = list.firstElementChild; item; item = item.nextElementSibling) {
    if (item === el || view.stats(item).chars === 0) continue;
    if (!residueShaped(item, view) || !page.residueOf(item)) return true;
  }
  return false;
}

/** Inline elements: a residue is a line of its own, never a piece of one. */
const INLINE = new Set(['SPAN', 'A', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'FONT', 'LABEL']);

/**
 * Whether `el` is an inline piece of a line that holds more text ("謝謝!" closing a sentence of the article): the
 * same words printed elsewhere in the page (a reader's comment with its reply buttons) say nothing about it. An
 * inline element between blocks (a count's `<span>` left between two `<div>`s) is a line of its own.
 */
function pieceOfLine(el: Element): boolean {
  return INLINE.has(el.tagName) && sharesLine(el);
}

/**
 * The kind of widget a line left in the article captioned, when the page as published has that widget right
 * after the line (its heading: it goes unless it titles the prose after it, or its words name the widget or ask the
 * reader) or right before it (a caption under the box: it goes when its words name a widget). A block the article
 * still shows was not removed, so it is no widget beside the line.
 */
function widgetCaptioned(line: Element, page: OriginalPage, view: BlockView): ClutterKind | null {
  const text = lineText(line);
  const named = namesWidget(text) ? (captionKind(text) ?? 'reactions') : null;
  // A line with neither a caption's words nor its mark is looked up only when it introduces nothing, or when it is
  // set as a heading in the site's voice to its reader ("Help us improve our guides"): a section heading that
  // titles what follows it is the article's.
  const asks = asksReader(text);
  const mayHead = named !== null || CLOSING_MARK.test(text) || asks || introducesNothing(line, view) || (headingShape(line, view) !== null && speaksToReader(text));
  // A line that asks the reader is no credit line, whatever element it is set in.
  const plain = named === null && !asks && headingShape(line, view) === null;
  const before = mayHead ? page.widgetBeside(text, 'after', named, plain) : null;
  if (before) return before;
  // A paragraph in a caption's shape is one only over a reaction, rating or like widget (a share bar after a
  // credit line leaves the credit line).
  if (plain && mayHead && paragraphCaption(line, view) && page.widgetBeside(text, 'after', null) === 'reactions') return 'reactions';
  // A heading stacked on a widget's own heading titles the widget, even with the article going on after it.
  const stacked = headingShape(line, view) !== null ? page.widgetUnderHeading(text) : null;
  if (stacked) return stacked;
  return named && !/^H[1-6]$/.test(line.tagName) ? page.widgetBeside(text, 'before', named) : null;
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
