import { texOfMath } from './content/math-tex';
import { ELEMENT_NODE, TEXT_NODE, COMMENT_NODE } from './node-types';

/**
 * Plain text of an element with paragraph breaks kept, so sentences of adjacent blocks never run together.
 * A formula reads as its TeX when the page gave it (the linear text of its MathML, "x2+y2", reads wrong).
 * An embed card (src/core/content/embeds.ts) reads as the text the page showed with it, not its label and link.
 * A footnote mark (`essay<sup>1</sup>,`) is not part of the word it follows: it reads as a word of its own.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** What a superscript footnote mark says: a number, a bracketed number, or a typographic mark. */
const FOOTNOTE_MARK = /^\s*(?:\[\s*\d{1,3}\s*\]|\d{1,3}|[*\u2020\u2021\u00a7]{1,3})\s*$/u;

/**
 * Whether an inline element shares its line with the text beside it: the nearest node on either side, spaces and
 * comments passed over, is text or an inline element, not a block (a table cell, a line break) that starts a line.
 */
export function sharesLine(el: Element): boolean {
  return inlineBeside(el.previousSibling, 'previousSibling') || inlineBeside(el.nextSibling, 'nextSibling');
}

function inlineBeside(node: ChildNode | null, side: 'previousSibling' | 'nextSibling'): boolean {
  while (node && ((node.nodeType === TEXT_NODE && !/\S/u.test(node.nodeValue ?? '')) || node.nodeType === COMMENT_NODE)) node = node[side];
  if (!node) return false;
  return node.nodeType === TEXT_NODE || (node.nodeType === ELEMENT_NODE && !BLOCK_TAGS.has((node as Element).tagName.toUpperCase()));
}

export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).localName;
    if (tag === 'math') {
      const tex = texOfMath(node as Element);
      if (tex) {
        parts.push(` ${tex} `);
        return;
      }
    } else if (tag === 'annotation' || tag === 'annotation-xml') {
      return;
    } else if (tag === 'figure' && (node as Element).classList.contains('embed')) {
      // An embed card stands for a player the page showed, not for text: only the text the page showed beside
      // it (a quoted post, a caption) is the article's.
      for (const part of Array.from((node as Element).children)) if (part.localName === 'blockquote' || part.localName === 'figcaption') walk(part);
      return;
    }
    if (tag === 'sup' && FOOTNOTE_MARK.test(node.textContent ?? '')) {
      parts.push(` ${normalizeMark(node.textContent ?? '')} `);
      return;
    }
    const block = BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
    if (block) parts.push('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function normalizeMark(text: string): string {
  return text.replace(/\s+/g, '');
}
