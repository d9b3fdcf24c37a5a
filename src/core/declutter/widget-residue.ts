import { textLongerThan } from '../dom-walk';
import { normalizeSpace } from '../text';
import type { BlockView } from './block';
import { wordCount } from './rule';
import { DATE_OR_TIME } from './rules/remnants';

/**
 * The residue of an interactive box: once Readability has dropped a widget's buttons, what it keeps of the widget
 * (a row of counts, the labels of its buttons, its question) reads as a short line that says nothing. Such a line
 * is no prose, and in the page as published it sat in a small box of controls (buttons, script links, click
 * handlers, one icon repeated over sibling items) that held no content. The decision reads shape and structure
 * only, never a widget's words or class names, so it holds for widgets nobody here has seen.
 *
 * Thresholds were set on the development widget families and the `fresh` set; `fresh2` was the validation set.
 */

/** Longest residue: a line of counts and labels, never a paragraph. */
const MAX_RESIDUE_CHARS = 120;
/** More words, and the line is a sentence or a caption of the article. */
const MAX_RESIDUE_WORDS = 8;
/** A widget's notice of its tallies runs longer ("163 claps from 41 readers so far"), with its counts in it. */
const MAX_TALLY_NOTICE_WORDS = 16;
/** Levels climbed from the line to its box: an item, its row, the row's wrapper, the widget. */
const MAX_BOX_DEPTH = 4;
/** Longest text of a box of controls: labels and counts, never a section of the page. */
const MAX_BOX_CHARS = 400;
/** From this length a paragraph is prose: a box holding one is the article's. */
const PROSE_CHARS = 120;
/** What makes a box the article's, whatever its buttons: code, data, media, quotes, headings of sections. */
const CONTENT = 'pre, code, table, video, audio, picture, figure, blockquote, h1, math, dl';
/**
 * Elements that act instead of going somewhere, as widgets draw their buttons; a link that asks for this very page
 * again with parameters ("?action=add&postid=12") is an action too, not a place to go.
 */
export const CONTROL =
  'button, select, textarea, input:not([type=hidden]), [role=button], [role=checkbox], [role=radio], [onclick], a[href="#"], a[href^="javascript:" i], a[href^="?"]';
/** An icon's alt is a label at most ("Love", "thumbs up"); set on the development families. */
const MAX_ICON_ALT_WORDS = 3;
/** Icons a widget repeats over its items: a small picture, an icon font's element, or an empty element its style draws. */
const ICON = 'svg, img, i, span, div';
/** A tally heading: a count first, then a word or two ("41 reactions", "12 个反应"). */
const TALLY_FIRST = /^\(?\d[\d.,]*\s?[kKmM]?\)?\s*\S/u;
const MAX_TALLY_HEADING_WORDS = 3;
/** Dates, clock times and years are no counts ("2016-05-01", "8:09", "1998"). */
const DATE_LIKE = new RegExp(`${DATE_OR_TIME.source}|\\b(1[89]|20)\\d{2}\\b`, 'u');
/** A sentence of the article: words ending in a full stop and followed by more. */
const SENTENCE_INSIDE = /\p{L}{2}[.!?。！？]\s+\S/u;

/** Whether a block of Readability's result is short and no prose: a candidate residue. */
export function residueShaped(el: Element, view: BlockView): boolean {
  const s = view.stats(el);
  if (s.chars === 0 || s.chars > MAX_RESIDUE_CHARS || s.longParagraphs > 0 || s.h1s > 0) return false;
  if (el.closest(CONTENT) || el.querySelector(CONTENT)) return false;
  const text = normalizeSpace(el.textContent);
  // A name with a date or a clock time is a byline or a message's header ("Jane Doe May 15, 2026, 8:05 AM"), the
  // article's own, whatever box of buttons the page prints it in.
  if (DATE_LIKE.test(text)) return false;
  const words = wordCount(text);
  // A heading titles what follows it, unless it is a tally ("41 reactions"): a count first and its noun.
  if (s.headings > 0) return words <= MAX_TALLY_HEADING_WORDS && TALLY_FIRST.test(text);
  if (words <= MAX_RESIDUE_WORDS && !SENTENCE_INSIDE.test(text)) return true;
  return words <= MAX_TALLY_NOTICE_WORDS && hasCount(text);
}

/** Whether the text holds a count: a number, in a line with no date, clock time or year ("5 March 2025" is a dateline). */
export function hasCount(text: string): boolean {
  return /\p{N}/u.test(text) && !DATE_LIKE.test(text);
}

/**
 * Whether a line beside a box may be its tally: a count, and no sentence inside ("Likes: 1.1 million. Dislikes: 19
 * million." is the article reporting figures).
 */
export function tallyLine(text: string): boolean {
  return hasCount(text) && !SENTENCE_INSIDE.test(text);
}

/** Whether the text is counts and emoji alone, no word: what a counter shows beside its button. */
export function bareCounts(text: string): boolean {
  return /\p{N}/u.test(text) && !/\p{L}/u.test(text);
}

/**
 * A block beside the line that is a box of controls by itself: short, no content in it (nor a frame or a picture
 * larger than an icon: a player's), `minControls` controls or more.
 */
export function controlBox(block: Element, minControls = 2): boolean {
  if (textLongerThan(block, MAX_BOX_CHARS)) return false;
  if (block.matches(CONTENT) || block.querySelector(CONTENT) || holdsProse(block)) return false;
  if (block.matches('iframe') || block.querySelector('iframe') || [...block.querySelectorAll('img')].some((img) => !isIcon(img))) return false;
  return controlsIn(block) >= minControls;
}

/**
 * Whether content comes right after a control and the controls beside it ("Run it:", then Copy and Edit buttons,
 * then the code): the line before them introduced that content, not the controls.
 */
export function contentAfterControls(control: Element): boolean {
  let next = control.nextElementSibling;
  while (next && (next.matches(CONTROL) || !normalizeSpace(next.textContent))) next = next.nextElementSibling;
  return next !== null && (next.matches(CONTENT) || next.querySelector(CONTENT) !== null);
}

/**
 * The box of controls around `line` (an element of the page as published holding the residue's text), up to a few
 * levels, or null: its text short, no content in it, and controls or repeated icons enough to be a widget. A level
 * that holds content or runs long ends the climb: any larger box holds it too.
 */
export function controlBoxAround(line: Element, minControls = 2): Element | null {
  let box: Element | null = line;
  for (let depth = 0; box && box.tagName !== 'BODY' && depth <= MAX_BOX_DEPTH; depth++, box = box.parentElement) {
    if (textLongerThan(box, MAX_BOX_CHARS)) return null;
    if (box.matches(CONTENT) || box.querySelector(CONTENT) || holdsProse(box)) return null;
    if (controlsIn(box) >= minControls) return box;
  }
  return null;
}

/** Controls of a box, counting a row of sibling items that each show the same kind of icon as one control each. */
export function controlsIn(box: Element): number {
  const controls = box.querySelectorAll(CONTROL).length + (box.matches(CONTROL) ? 1 : 0);
  return controls + repeatedIcons(box);
}

/**
 * The most sibling items under one parent that each hold an icon (an `svg`, an `img`, an icon font's `<i>`), when
 * two or more alike items do (the same tag and a class in common: a widget's buttons, `reaction reaction-love` beside
 * `reaction reaction-wow`): a widget's buttons drawn as icons. Unlike items with an icon each (a callout's icon and
 * its fold arrow around its title) are a block's decoration. Fewer than two is none.
 */
export function repeatedIcons(box: Element): number {
  let most = 0;
  for (const parent of [box, ...box.querySelectorAll('*')]) {
    const items = new Map<string, number>();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (!((child.matches(ICON) && isIcon(child)) || holdsIcon(child))) continue;
      // Alike by any class they share: a star's own class often comes first ("star_1 ratings_stars").
      const count = (kind: string): void => void items.set(kind, (items.get(kind) ?? 0) + 1);
      if (child.classList.length === 0) count(child.tagName);
      for (const name of child.classList) count(`${child.tagName} ${name}`);
    }
    for (const count of items.values()) most = Math.max(most, count);
  }
  return most >= 2 ? most : 0;
}

/** Whether the box shows an icon (see isIcon). */
export function holdsIcon(box: Element): boolean {
  return [...box.querySelectorAll(ICON)].some(isIcon);
}

/**
 * An icon, not a picture: an `<i>` with no words, an `svg`, an empty styled element, or an image drawn small (or
 * with no size given).
 */
function isIcon(el: Element): boolean {
  if (el.tagName === 'I') return !/\p{L}{2}/u.test(el.textContent ?? '');
  // An empty element with a class is drawn by the page's style: an icon font's glyph or a background image.
  if (el.tagName === 'SPAN' || el.tagName === 'DIV') return el.childElementCount === 0 && !normalizeSpace(el.textContent) && el.hasAttribute('class');
  if (el.tagName !== 'IMG') return true;
  // An image whose alt says more than a label does (a formula's TeX, a photo's description) is content, whatever its size.
  if (wordCount(el.getAttribute('alt') ?? '') > MAX_ICON_ALT_WORDS || /[\\^_{}=]/u.test(el.getAttribute('alt') ?? '')) return false;
  const width = Number(el.getAttribute('width') ?? '0');
  const height = Number(el.getAttribute('height') ?? '0');
  return Math.max(width, height) <= 64;
}

/**
 * Whether every word of the box is the label of one of its controls, counts and marks aside ("Add to favorites" in its
 * action link, "214 readers recommend this" in its script link): a row of buttons, whatever the article keeps of it.
 * A box with words of its own (a question and its answer, an intro line) is not.
 */
export function onlyControlLabels(box: Element): boolean {
  if (box.matches(CONTROL)) return true;
  const rest = box.cloneNode(true) as Element;
  const controls = rest.querySelectorAll(CONTROL);
  for (const control of controls) control.remove();
  return controls.length > 0 && !/\p{L}/u.test(rest.textContent ?? '');
}

function holdsProse(box: Element): boolean {
  for (const p of box.querySelectorAll('p')) if (normalizeSpace(p.textContent).length >= PROSE_CHARS) return true;
  return false;
}
