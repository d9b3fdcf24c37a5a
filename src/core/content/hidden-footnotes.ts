import { ELEMENT_NODE, TEXT_NODE } from '../node-types';

/**
 * Footnotes a page shows on hover or click: the note sits hidden inside its mark (`essay<span>1<span
 * style="display:none">See section 2.</span></span>`). Readability drops hidden elements, so the notes were lost;
 * here each mark becomes a footnote link (`sup > a[href="#…"]`, as the reader and the Markdown read footnotes)
 * and its note an item of a list after the last paragraph that has a mark. A hidden element is a note only when
 * the mark around it shows a footnote number or sign and nothing else, and the note says a few words.
 */
export const FOOTNOTE_MARK = /^\s*\[?\s*(\d{1,3}|[*\u2020\u2021\u00a7])\s*\]?\s*$/u;
const MIN_NOTE_WORDS = 3;
const ID_PREFIX = 'hidden-note-';

/** A footnote found in its mark: the mark, the number or sign it shows, and the element that holds the note. */
export interface Note {
  mark: Element;
  label: string;
  content: Element;
}

export function listHiddenFootnotes(root: Element): void {
  const notes: Note[] = [];
  // A case-sensitive match: the `i` flag (`[style*="none" i]`) is many times slower in jsdom, and styles say "none".
  for (const hidden of Array.from(root.querySelectorAll('[style*="none"], [hidden]'))) {
    if (!isHidden(hidden)) continue;
    const mark = hidden.parentElement;
    if (!mark || !['span', 'sup', 'a', 'small'].includes(mark.localName) || !mark.closest('p, li, dd, td, blockquote')) continue;
    if ((hidden.textContent ?? '').trim().split(/\s+/).length < MIN_NOTE_WORDS) continue;
    const label = FOOTNOTE_MARK.exec(shownText(mark))?.[1];
    if (label && !notes.some((note) => note.mark === mark)) notes.push({ mark, label, content: hidden });
  }
  listNotes(notes, ID_PREFIX);
}

/**
 * Each note's words moved into an item of one list of notes (ids `<prefix>1`, `<prefix>2`, …), and its mark
 * replaced by a footnote link to its item (`sup > a[href="#…"]`).
 */
export function listNotes(notes: readonly Note[], idPrefix: string): void {
  if (notes.length === 0) return;
  // The list goes after the block of the last mark (the whole list or table it is in), inside the article's text.
  const lastBlock = notes.at(-1)!.mark.closest('p, li, dd, td, blockquote')!;
  const after = lastBlock.closest('ul, ol, dl, table') ?? lastBlock;
  const doc = lastBlock.ownerDocument;
  const list = doc.createElement('ol');
  for (const [i, { mark, label, content }] of notes.entries()) {
    const id = `${idPrefix}${i + 1}`;
    const item = doc.createElement('li');
    item.id = id;
    while (content.firstChild) item.appendChild(content.firstChild);
    list.appendChild(item);
    const sup = doc.createElement('sup');
    const link = doc.createElement('a');
    link.setAttribute('href', `#${id}`);
    link.textContent = label;
    sup.appendChild(link);
    mark.replaceWith(sup);
  }
  after.after(list);
}

/** Hidden by its own attributes; the style attribute read as text (jsdom parses a style object slowly). */
function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || /(?:^|;)\s*display\s*:\s*none\b/i.test(el.getAttribute('style') ?? '');
}

/** The mark's text without its hidden descendants. */
function shownText(mark: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE && !isHidden(node as Element)) for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(mark);
  return text;
}
