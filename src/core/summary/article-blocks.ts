/**
 * The article's content as typed blocks, read from its markup: what is prose (paragraphs, list items) and what
 * is not (headings, captions, quotes, embeds, bylines, link lines). The summariser takes key points from prose
 * only, so it never has to guess from the words whether a line is a caption or a teaser.
 */
import { normalizeSpace } from '../text';
import { ELEMENT_NODE, TEXT_NODE } from '../node-types';

export type BlockKind =
  | 'paragraph'
  | 'list-item'
  | 'heading'
  /** A figure's caption or credit. */
  | 'caption'
  /** A block quotation: a pull quote, a quoted post or a long quoted passage. */
  | 'quote'
  /** Whatever sits in a figure, aside or form besides its caption: embed cards, widgets, teasers. */
  | 'embed'
  /** Author, date and publication lines (header, footer, address, a line that is mostly a date). */
  | 'byline'
  /** A line that is mostly one or more links: "Read more", a related story, a video teaser. */
  | 'link'
  | 'code'
  | 'table'
  /** A footnote or endnote: an item of the notes list the article's marks point to. */
  | 'footnote';

export interface ArticleBlock {
  kind: BlockKind;
  text: string;
}

/** Kinds whose sentences may be key points. */
export const PROSE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item']);

/** Elements whose whole content is of one kind, whatever the blocks inside them are. */
const CONTAINER_KINDS: Readonly<Record<string, BlockKind>> = {
  FIGCAPTION: 'caption',
  FIGURE: 'embed',
  BLOCKQUOTE: 'quote',
  ASIDE: 'embed',
  NAV: 'link',
  FORM: 'embed',
  HEADER: 'byline',
  FOOTER: 'byline',
  ADDRESS: 'byline',
  PRE: 'code',
  TABLE: 'table',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
};

/** Elements that start a block of their own (their kind comes from the container, else from their content). */
const BLOCK_TAGS = new Set([
  'ARTICLE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'HR', 'LI', 'MAIN', 'OL', 'P', 'SECTION', 'SUMMARY', 'TD',
  'TH', 'TR', 'UL', ...Object.keys(CONTAINER_KINDS),
]);

const LIST_ITEM_TAGS = new Set(['LI', 'DT', 'DD']);
/** Roles and conventional names (Pandoc, kramdown, Hugo, WordPress, MediaWiki) of a footnote list. */
const NOTES_ROLES = new Set(['doc-endnotes', 'doc-footnotes', 'doc-endnote', 'doc-footnote']);
const NOTES_NAME = /^(?:foot|end)notes?(?:[-_].*)?$|^(?:easy-)?footnotes?[-_]|^references$|^reflist$|^fn-?list$/i;
/** The text of a footnote mark: a number, a bracketed number, a letter or two, or a note symbol. */
const MARK_TEXT = /^(?:\[?\s*(?:\d{1,3}|[a-z]{1,2})(?:\s*[,–-]\s*\d{1,3})*\s*\]?|[*†‡§¶]{1,3})$/i;
/** A bracketed note number written into the text, right after a word or a full stop ("work.[1]"). */
const TEXT_MARK = /(?<=[\p{L}\p{P}])\[\d{1,3}(?:[,–-]\d{1,3})*\]/gu;
/** The text of a back link from a note to its mark. */
const BACK_LINK_TEXT = /^(?:[↩↑^⤴][\uFE0E\uFE0F]?|\^?[a-z]|back)$/i;
/** Never text of the article. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION']);
const STRONG_TAGS = new Set(['STRONG', 'B']);

/** A paragraph this much link text is a link line. */
const LINK_LINE_SHARE = 0.8;
/** A paragraph this much date or time is a dateline. */
const DATELINE_SHARE = 0.5;
/** A line all in bold is a heading when it has at most this many words or no full stop. */
const BOLD_HEADING_WORDS = 12;

/** Characters of a block being gathered, and how many of them sit in links, bold or dates. */
interface Run {
  parts: string[];
  linked: number;
  strong: number;
  dated: number;
}

const emptyRun = (): Run => ({ parts: [], linked: 0, strong: 0, dated: 0 });

export function articleBlocks(root: Element): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const noteTargets = footnoteTargets(root);
  let run = emptyRun();

  const flush = (container: BlockKind | null, listItem: boolean) => {
    const text = normalizeSpace(run.parts.join('').replace(TEXT_MARK, ''));
    if (text) blocks.push({ kind: container ?? kindOfRun(run, text, listItem), text });
    run = emptyRun();
  };

  const walk = (node: Node, container: BlockKind | null, listItem: boolean, marks: { link: boolean; strong: boolean; date: boolean }) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      run.parts.push(value);
      const length = value.trim().length;
      if (marks.link) run.linked += length;
      if (marks.strong) run.strong += length;
      if (marks.date) run.dated += length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || element.getAttribute('hidden') !== null || isFootnoteMark(element, tag)) return;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush(container, listItem);
    // An outer container's kind wins, but a figure's caption is a caption, not part of the figure's embed.
    const notes = container !== 'footnote' && isFootnotes(element, tag, noteTargets) ? 'footnote' : null;
    const inner = notes ?? (tag === 'FIGCAPTION' ? 'caption' : (container ?? CONTAINER_KINDS[tag] ?? null));
    const innerListItem = listItem || LIST_ITEM_TAGS.has(tag);
    const innerMarks = {
      link: marks.link || tag === 'A',
      strong: marks.strong || STRONG_TAGS.has(tag),
      date: marks.date || tag === 'TIME',
    };
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child, inner, innerListItem, innerMarks);
    if (isBlock) flush(inner, innerListItem);
  };

  walk(root, null, false, { link: false, strong: false, date: false });
  flush(null, false);
  return blocks;
}

/**
 * A footnote mark in the text: a `sup` holding only a mark or an in-page link, or an in-page link whose text is a
 * mark ("1", "[2]", "*") or a note's link back to its mark ("↩"). A `sup` with a bare number counts only after punctuation: after a digit or a letter it
 * may be an exponent or a unit ("10²", "m²").
 */
function isFootnoteMark(element: Element, tag: string): boolean {
  if (tag !== 'SUP' && tag !== 'A') return false;
  const text = normalizeSpace(element.textContent);
  if (tag === 'A') return isInPageLink(element) && (MARK_TEXT.test(text) || BACK_LINK_TEXT.test(text));
  if (element.getAttribute('role') === 'doc-noteref') return true;
  const link = element.querySelector('a');
  if (link && isInPageLink(link) && normalizeSpace(link.textContent) === text) return true;
  if (!MARK_TEXT.test(text)) return false;
  if (/^\[|^[*†‡§¶]/.test(text)) return true;
  const before = precedingText(element);
  return /[.,;:!?)"”’»]$/u.test(before);
}

function isInPageLink(link: Element): boolean {
  const href = link.getAttribute('href') ?? '';
  return href.startsWith('#') && href.length > 1;
}

/** The last characters of text before an element, within its parent. */
function precedingText(element: Element): string {
  for (let node = element.previousSibling; node; node = node.previousSibling) {
    const text = (node.textContent ?? '').trimEnd();
    if (text) return text;
  }
  return '';
}

/** The ids that the article's footnote marks link to. */
function footnoteTargets(root: Element): Set<string> {
  const targets = new Set<string>();
  for (const link of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    if (!MARK_TEXT.test(normalizeSpace(link.textContent))) continue;
    try {
      targets.add(decodeURIComponent(link.getAttribute('href')!.slice(1)));
    } catch {
      targets.add(link.getAttribute('href')!.slice(1));
    }
  }
  return targets;
}

/**
 * A list of footnotes or endnotes: marked so (its role, or the name every generator gives it), or a list whose
 * items are what the marks link to or link back to them.
 */
function isFootnotes(element: Element, tag: string, targets: ReadonlySet<string>): boolean {
  if (NOTES_ROLES.has(element.getAttribute('role') ?? '')) return true;
  const names = [element.id, ...(element.getAttribute('class') ?? '').split(/\s+/)].filter(Boolean);
  // Only a block: an inline element so named (a mark's link) is part of the sentence around it.
  if (BLOCK_TAGS.has(tag) && names.some((name) => NOTES_NAME.test(name))) return true;
  if (tag !== 'OL' && tag !== 'UL') return false;
  const items = Array.from(element.children).filter((child) => child.tagName.toUpperCase() === 'LI');
  if (items.length === 0) return false;
  return items.every((item) => (item.id && targets.has(item.id)) || hasBackLink(item));
}

function hasBackLink(item: Element): boolean {
  return Array.from(item.querySelectorAll('a[href^="#"]')).some(
    (link) => link.getAttribute('role') === 'doc-backlink' || BACK_LINK_TEXT.test(normalizeSpace(link.textContent)),
  );
}

/** The kind of a block outside any typed container, from its markup. */
function kindOfRun(run: Run, text: string, listItem: boolean): BlockKind {
  const length = text.replace(/\s/g, '').length || 1;
  if (run.linked / length >= LINK_LINE_SHARE) return 'link';
  if (run.dated / length >= DATELINE_SHARE) return 'byline';
  if (run.strong / length >= 0.95 && (text.split(' ').length <= BOLD_HEADING_WORDS || !/[.!?…]["”’»)]*$/u.test(text))) {
    return 'heading';
  }
  return listItem ? 'list-item' : 'paragraph';
}

/** Plain text with paragraphs separated by blank lines, as paragraph blocks. */
export function textBlocks(text: string): ArticleBlock[] {
  return text
    .split(/\n[^\S\n]*\n/)
    .map((paragraph) => normalizeSpace(paragraph))
    .filter(Boolean)
    .map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph }));
}
