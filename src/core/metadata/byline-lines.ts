/**
 * Byline and date lines taken out of the body once the header shows them: "Posted on 3 March 2024 by Ann
 * Berg", "By Ann Berg | Updated March 4", "Von Ann Berg, 03.03.2024". Only short blocks near the top or the end
 * of the article, and only when every word of them is the byline's name, a date or a filler word of such lines.
 */
import { normalizeSpace } from '../text';
import { cleanByline } from './byline';
import { LINE_WORDS, MONTHS, tokens } from './line-words';

const MAX_LINE_CHARS = 160;
const EDGE_BLOCKS = 6;
const DATE_PATTERN = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/;

function isBylineOrDateLine(text: string, byline: string | null): boolean {
  const words = tokens(text);
  if (words.length === 0) return false;
  // The byline with the job titles it was read from ("Jane Smith, Research Scientist, Example Research").
  if (byline && cleanByline(text) === byline) return true;
  const name = new Set(byline ? tokens(byline) : []);
  const hasName = name.size > 0 && [...name].every((word) => words.includes(word));
  const hasDate = DATE_PATTERN.test(text) || words.some((word) => MONTHS.split(' ').includes(word));
  if (!hasName && !hasDate) return false;
  const rest = words.filter((word) => !name.has(word) && !LINE_WORDS.has(word) && !/^\d+(?:st|nd|rd|th|er|e)?$/.test(word));
  return rest.length === 0;
}

/**
 * The smallest blocks of text (paragraphs and the like with no block inside): the first `first` of them and the
 * last `last`, in that order, each once. Only the blocks at the edges are tested, not every block of the article.
 */
function edgeBlocks(content: Element, first: number, last = 0): Element[] {
  const isLeaf = (el: Element): boolean =>
    !el.querySelector('p, div, address, li, header, footer, img, picture, figure, table, pre') && (el.textContent ?? '').trim() !== '' && !(el.parentElement && ['span', 'small', 'time', 'a'].includes(el.localName) && el.parentElement.localName !== 'div' && el.parentElement !== content);
  const all = Array.from(content.querySelectorAll('p, div, address, time, li, span, small, header, footer, h5, h6'));
  const head: Element[] = [];
  for (let i = 0; i < all.length && head.length < first; i++) if (isLeaf(all[i]!)) head.push(all[i]!);
  const tail: Element[] = [];
  for (let i = all.length - 1; i >= 0 && tail.length < last; i--) if (isLeaf(all[i]!)) tail.unshift(all[i]!);
  return [...new Set([...head, ...tail])];
}

/** "by NAME" at the end of a line: one to five words, each capitalised, joined by "and", "&" or commas. */
const BY_NAME = /(?:^|\s)(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|DI|[Dd]oor|DOOR)\s+((?:\p{Lu}[\p{L}'’.-]*)(?:(?:\s+|\s*,\s*|\s+(?:and|und|et|y|e|en)\s+|\s*&\s*)\p{Lu}[\p{L}'’.-]*){0,4})$/u;

/**
 * The byline a page writes only as a line at the top of its body ("2/26/2015 7:11 AM PST BY TMZ STAFF",
 * "Posted on March 3, 2024 by Ann Berg"), for a header whose metadata names no author. Only a short line whose
 * other words are all a date or filler words of such lines.
 */
export function bylineInBody(content: Element): string | null {
  for (const block of edgeBlocks(content, EDGE_BLOCKS)) {
    const text = normalizeSpace(block.textContent);
    if (text.length > MAX_LINE_CHARS) continue;
    const name = BY_NAME.exec(text)?.[1];
    if (!name || !isBylineOrDateLine(text, name)) continue;
    return cleanByline(name);
  }
  return null;
}

export function removeBylineLines(content: Element, byline: string | null, published: string | null): number {
  if (!byline && !published) return 0;
  let removed = 0;
  for (const block of edgeBlocks(content, EDGE_BLOCKS, 2)) {
    const text = normalizeSpace(block.textContent);
    if (text.length > MAX_LINE_CHARS || !isBylineOrDateLine(text, byline)) continue;
    // The whole line goes: its block, and the wrappers left empty by that.
    let target: Element = block;
    while (target.parentElement && target.parentElement !== content && (target.parentElement.textContent ?? '').trim() === text) target = target.parentElement;
    target.remove();
    removed++;
  }
  return removed;
}
