import type { BlockView } from './block';
import { wordCount } from './rule';
import { captionKind, isEngagementCaption, isVoteFinePrint, MAX_CAPTION_CHARS, QUESTION_MARKS } from './widget-caption';
import { HELPFUL_QUESTION, REACTION_QUESTION } from './rules/reaction-words';
import { loneCount } from './rules/remnants';

/**
 * The line a theme prints beside a widget's box, found by its shape: a heading element, a line set in bold, or a
 * short line that ends in "?", ":" or "!". When the box goes as clutter, such a line before it (or, for the
 * caption printed under a like box, after it) is the box's heading and goes too, unless it reads as the article's
 * own: a sentence, a line with a link, or a section heading that the prose after the box still needs.
 */

/** A heading left with nothing to introduce goes with the clutter it introduced, when it is this short. */
const MAX_HEADING_CHARS = 100;
/** A caption is a few words; more, and the line is a sentence of the article. */
const MAX_CAPTION_WORDS = 10;
const HEADINGS = /^H[1-6]$/;
const BOLD = new Set(['STRONG', 'B']);
/** A line's closing mark: a question or request to the reader, or the colon of a caption. */
export const CLOSING_MARK = new RegExp(`[${QUESTION_MARKS}:!：！]$`, 'u');
/** A question anywhere in the line, or a closing exclamation: the line asks the reader. */
const ASKING = new RegExp(`[${QUESTION_MARKS}]|[!！]$`, 'u');
/** A sentence ends inside the line: two sentences are prose, not a caption ("Yes. We did it."). */
const INNER_SENTENCE_END = /[.!?。！？]\s+\p{Lu}/u;

export type HeadingShape = 'heading' | 'bold' | 'marked';

/** The line's text, spaces collapsed. */
export function lineText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether all of the element's text is set in bold (`<p><strong>Share this article</strong></p>`). */
function allBold(el: Element, view: BlockView): boolean {
  if (BOLD.has(el.tagName)) return true;
  let bold = 0;
  for (const strong of el.querySelectorAll('strong, b')) {
    // Outermost bold runs only: a <b> inside a <strong> is counted once.
    const outer = strong.parentElement?.closest('strong, b');
    if (!outer || !el.contains(outer)) bold += view.stats(strong).chars;
  }
  return bold > 0 && bold === view.stats(el).chars;
}

/**
 * How a short line looks like a heading or caption, or null when it does not: the title (h1), a line with a link
 * (a teaser, a pointer to another page), an image or a control, and a sentence are never captions.
 */
export function headingShape(el: Element, view: BlockView): HeadingShape | null {
  const s = view.stats(el);
  if (el.tagName === 'H1' || s.chars === 0 || s.links + s.images + s.controls > 0 || s.longParagraphs > 0 || el.childElementCount > 3) return null;
  const text = lineText(el);
  // Two letters at least: "a", "^" and counts are marks of the page (a reference's back-links), not captions.
  if (text.length > MAX_HEADING_CHARS || !/\p{L}{2}/u.test(text) || wordCount(text) > MAX_CAPTION_WORDS || INNER_SENTENCE_END.test(text)) return null;
  if (HEADINGS.test(el.tagName)) return 'heading';
  if (text.length > MAX_CAPTION_CHARS) return null;
  if (CLOSING_MARK.test(text)) return 'marked';
  return allBold(el, view) ? 'bold' : null;
}

/** Whether a line's words name an engagement widget or ask the reader about the page, in the languages we read. */
export function namesWidget(text: string): boolean {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > MAX_CAPTION_CHARS) return false;
  if (isEngagementCaption(clean) || captionKind(clean) !== null) return true;
  // The whole line is the widget's question ("What's your reaction", "Was this post helpful"), marks or not.
  const question = clean.match(REACTION_QUESTION)?.[0] ?? clean.match(HELPFUL_QUESTION)?.[0] ?? '';
  return question !== '' && wordCount(clean.replace(question, ' ')) <= 2;
}

/**
 * Whether a short line asks the reader: it ends in "?" or "!", or opens with a question and a short request after it
 * ("Liked this post? Give it a clap.", "Ti è piaciuto? Lascia un cuore", "觉得不错？给作者鼓个掌吧").
 */
export function asksReader(text: string): boolean {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length > MAX_CAPTION_CHARS || wordCount(clean) > MAX_CAPTION_WORDS) return false;
  return ASKING.test(clean);
}

function hasContent(el: Element, view: BlockView): boolean {
  const s = view.stats(el);
  return s.chars > 0 || s.images > 0;
}

/** Where a theme prints a widget's caption as a plain line; a paragraph is the article's text. */
const PLAIN_CAPTION_TAGS = new Set(['DIV', 'SPAN', 'SMALL', 'LABEL']);

/**
 * The heading-like line right before a block, if any (empty elements between them are skipped): a heading element,
 * a bold line, a short line ending in "?", ":" or "!", or one whose words name a widget. Before an engagement
 * widget (`engagement`), also a plain caption line of a theme, a short `<div>` or `<span>` that is no sentence
 * ("Stay connected", in any language): it goes only if nothing is left for it to introduce once the widget is gone.
 */
export function headingBefore(el: Element, view: BlockView, engagement = false, reactions = false): Element | null {
  let prev = el.previousElementSibling;
  while (prev && !hasContent(prev, view)) prev = prev.previousElementSibling;
  if (!prev || prev.childElementCount > 3) return null;
  const text = lineText(prev);
  if (!text || text.length > MAX_HEADING_CHARS) return null;
  if (HEADINGS.test(prev.tagName) && prev.tagName !== 'H1') return prev;
  if (prev.getElementsByTagName('a').length > 0) return null;
  if (CLOSING_MARK.test(text) || asksReader(text) || namesWidget(text) || headingShape(prev, view) === 'bold') return prev;
  if (engagement && plainCaption(prev, view)) return prev;
  return reactions && paragraphCaption(prev, view) ? prev : null;
}

/** A paragraph caption is shorter than a `<div>` one: a few words. */
const MAX_PARAGRAPH_CAPTION_WORDS = 6;

/**
 * A theme's or editor's caption over a reaction, rating or like widget set as a paragraph ("Maoni yako",
 * "Görüşünüz", in any language, words or not): a few words, no sentence, digit, link or control, and none of a credit
 * line's names ("With inputs from PTI", "Reporting by Jane Doe": an acronym, or two capitalised words after the
 * first). Like a plain caption, it goes only when nothing is left for it to introduce once the widget is gone.
 */
export function paragraphCaption(el: Element, view: BlockView): boolean {
  if (el.tagName !== 'P' || !plainCaption(el, view, true)) return false;
  const text = lineText(el);
  // Words with their combining marks: a Bengali or Thai vowel sign does not split a word.
  const words = text.match(/[\p{L}\p{M}]+/gu)?.length ?? 0;
  if (words > MAX_PARAGRAPH_CAPTION_WORDS || /\p{N}/u.test(text) || /\p{Lu}{2}/u.test(text)) return false;
  return (text.match(/\s\p{Lu}/gu) ?? []).length <= 1;
}

/**
 * A theme's caption set as a plain short line: a `<div>` or `<span>` of a few words, no sentence, link or control.
 * `orParagraph`: in Readability's result, where a `<div>` of text has become a `<p>` (the page as published says
 * which it was).
 */
export function plainCaption(el: Element, view: BlockView, orParagraph = false): boolean {
  if (!(PLAIN_CAPTION_TAGS.has(el.tagName) || (orParagraph && el.tagName === 'P')) || !isCaptionLine(el, view)) return false;
  const text = lineText(el);
  return !/[.。]$/u.test(text) && wordCount(text) <= MAX_CAPTION_WORDS && !INNER_SENTENCE_END.test(text);
}

/**
 * The caption printed under a box, right after it: a short line whose words name a widget or ask the reader about
 * the page ("Like this article?", "Liked by readers"), or the widget's count alone ("86"). A heading after the box
 * opens the next section, and any other line is the article going on.
 */
export function captionAfter(el: Element, view: BlockView): Element | null {
  let next = el.nextElementSibling;
  while (next && !hasContent(next, view)) next = next.nextElementSibling;
  if (!next) return null;
  return loneCount(next, view) || (isCaptionLine(next, view) && (namesWidget(lineText(next)) || isVoteFinePrint(lineText(next)))) ? next : null;
}

/** A short line with no link, image or control, that is not a heading element: where a caption under a box is set. */
export function isCaptionLine(el: Element, view: BlockView): boolean {
  const s = view.stats(el);
  return !HEADINGS.test(el.tagName) && s.chars > 0 && s.chars <= MAX_CAPTION_CHARS && s.links + s.images + s.controls === 0 && el.childElementCount <= 3;
}

/** A heading whose section is now empty: the next thing after it is another heading, or nothing. */
export function introducesNothing(heading: Element, view: BlockView): boolean {
  let next = heading.nextElementSibling;
  while (next && !hasContent(next, view)) next = next.nextElementSibling;
  return !next || HEADINGS.test(next.tagName);
}
