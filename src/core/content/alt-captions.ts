/**
 * Captions written apart from their photo. Slideshows and galleries show the photo in a carousel and its caption
 * in a panel of its own, often twice (a headline and a description with the same words), and the words are the
 * photo's alt text. Readability keeps the panel as body paragraphs, so the caption read as the article's opening
 * and became a key point. A block whose whole text is an image's (long) alt text is that image's caption: the
 * first such block becomes `figure > img + figcaption` (the photo once, captioned as such), the repeats go.
 * Runs on the private copy before Readability.
 */
import { inDocumentOrder, isSpaceCode, nonSpaceLength, textLongerThan } from '../dom-walk';
import { normalizeSpace } from '../text';

/** An alt text shorter than this is a label ("Photo", a name), not a caption that could pass for prose. */
const MIN_CAPTION_WORDS = 8;
/** Blocks that may hold a detached caption: text blocks and the headings a caption panel uses. */
const CAPTION_BLOCKS = 'p, div, span, h1, h2, h3, h4, h5, h6';

const squash = (value: string | null | undefined): string => normalizeSpace(value).toLowerCase();
const wordCount = (value: string): number => value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Long alt texts, each with the first image that carries it. */
function captionedImages(root: Element): Map<string, Element> {
  const images = new Map<string, Element>();
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const alt = squash(img.getAttribute('alt'));
    if (wordCount(alt) >= MIN_CAPTION_WORDS && !images.has(alt)) images.set(alt, img);
  }
  return images;
}

/** Lower case, with the final sigma as any other (a text node lowered apart from its block may end in one). */
const fold = (value: string): string => value.toLowerCase().replace(/ς/gu, 'σ');
/** Leading characters of a text, compared to find the text nodes a caption can start with. */
const LEAD_CHARS = 32;
/** The first character of a text, folded ("İ" lowers to two code units: the first is kept). */
const firstOf = (value: string): string => String.fromCodePoint(fold(value).codePointAt(0)!);

/**
 * The first non-space characters of a text (at most LEAD_CHARS, spaces collapsed), folded; '' for blank text
 * and for text whose first character starts no caption (`firsts`), told without reading further.
 */
function leadOf(value: string, firsts: Set<string>): string {
  let start = 0;
  while (start < value.length && isSpaceCode(value.charCodeAt(start))) start++;
  if (start === value.length || !firsts.has(firstOf(value.slice(start, start + 2)))) return '';
  return fold(normalizeSpace(value.slice(start, start + 4 * LEAD_CHARS))).slice(0, LEAD_CHARS);
}

/**
 * The blocks under `root` whose text may be one of `captions` (folded), in document order: a block whose text is
 * a caption starts with a text node whose text (as far as LEAD_CHARS) starts the caption, and every
 * element from that node up to the block is no longer than the caption. Found from those few text nodes, so the
 * text of the page's other blocks is never measured.
 */
function blocksStartingLike(root: Element, captions: string[], maxChars: number): Element[] {
  const firsts = new Set(captions.map(firstOf));
  const blocks = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const lead = leadOf(node.nodeValue ?? '', firsts);
    if (!lead || !captions.some((caption) => caption.startsWith(lead))) continue;
    for (let el = node.parentElement; el && el !== root && !blocks.has(el) && !textLongerThan(el, maxChars); el = el.parentElement) {
      if (el.matches(CAPTION_BLOCKS)) blocks.add(el);
    }
  }
  return inDocumentOrder(blocks);
}

export function captionDetachedPhotos(root: Element): void {
  const images = captionedImages(root);
  if (images.size === 0) return;
  // Reading every block's text made this pass quadratic on large pages, and measuring every block's made it the
  // slowest of the preparation: only blocks that start as a caption does and are no longer than one are read.
  // Lengths counted before lower-casing, which keeps the length of every letter but the dotted capital I.
  const maxChars = Math.max(...Array.from(images.values(), (img) => nonSpaceLength(img.getAttribute('alt') ?? '')));
  const starts = Array.from(images.keys(), (caption) => fold(caption).slice(0, LEAD_CHARS));
  const placed = new Set<string>();
  for (const block of blocksStartingLike(root, starts, maxChars)) {
    const text = squash(block.textContent);
    const image = images.get(text);
    if (!image || !block.isConnected || block.closest('figure, figcaption') || block.querySelector('img, picture, video, iframe')) continue;
    // The innermost block with these words: a wrapper around the caption is handled through its child.
    if (Array.from(block.children).some((child) => squash(child.textContent) === text)) continue;
    // A caption beside its photo (in the same box or the one around it) is not detached: left as it is.
    if (!placed.has(text) && block.parentElement?.parentElement?.contains(image)) continue;
    if (placed.has(text)) {
      block.remove();
      continue;
    }
    placed.add(text);
    const doc = block.ownerDocument;
    const figure = doc.createElement('figure');
    const figcaption = doc.createElement('figcaption');
    figcaption.append(...Array.from(block.childNodes));
    figure.append(image.cloneNode(false), figcaption);
    block.replaceWith(figure);
  }
}
