import { findElements, inDocumentOrder } from '../dom-walk';
import { TEXT_NODE } from '../node-types';

/**
 * Photos with their captions as `figure > img + figcaption`, so captions read as captions (the reader styles
 * them, the summariser leaves them out) instead of as body paragraphs. Pages mark a caption in many ways:
 * WordPress's `div.wp-caption > img + p.wp-caption-text`, MediaWiki's `div.thumbinner > a > img + div.thumbcaption`,
 * `<div class="image"><img><span class="caption">`,
 * a credit line beside the photo. A box is taken for a captioned photo when it holds one image and, beside it,
 * only short text marked as a caption or credit. Runs on the private copy before Readability.
 */

// A word ending in "caption" is one too: MediaWiki's `thumbcaption`, `imagecaption`, `photocaption`.
const CAPTION_CLASS = /(?:^|[-_])(?:caption|credits?|legend|photo-?credit|image-?credit|figcaption|wp-caption-text)(?:$|[-_])|^[a-z]+caption$/i;
const MAX_CAPTION_CHARS = 600;

function tokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** Every name CAPTION_CLASS accepts holds one of these words: most elements are ruled out without splitting their classes. */
const CAPTION_WORD = /caption|credit|legend/i;

function isCaption(el: Element): boolean {
  // The mark first: reading every child's text on the way made this pass quadratic on deep pages.
  if (el.localName !== 'figcaption' && !(CAPTION_WORD.test(el.getAttribute('class') ?? '') && tokens(el).some((token) => CAPTION_CLASS.test(token)))) return false;
  const text = (el.textContent ?? '').trim();
  return text !== '' && text.length <= MAX_CAPTION_CHARS && el.querySelector('img, picture, video, iframe, figure') === null;
}

/** The single image (or picture, or link around one) a box holds, or null. */
function soleImage(box: Element, captions: Element[]): Element | null {
  const media = Array.from(box.querySelectorAll('img, picture')).filter((el) => el.localName === 'picture' || el.closest('picture') === null);
  if (media.length !== 1) return null;
  const image = media[0]!;
  // The image and its link or wrappers, up to the box's child that holds it.
  let holder: Element = image;
  while (holder.parentElement && holder.parentElement !== box) holder = holder.parentElement;
  return captions.some((caption) => caption.contains(holder) || holder.contains(caption)) ? null : holder;
}

/** Whether an element may be a caption (isCaption's mark, without reading its text). */
function mayBeCaption(el: Element): boolean {
  return el.localName === 'figcaption' || CAPTION_WORD.test(el.getAttribute('class') ?? '');
}

export function captionFigures(root: Element): void {
  // Only a box with a caption among its children can be a captioned photo, and the pass never gives a box a new
  // child (what it moves goes into the figure it makes): the boxes are found from the few marked elements, not
  // by reading the children of every box of the page. Marked elements are found by one walk with CAPTION_WORD:
  // a case-insensitive attribute selector (`[class*="caption" i]`) is several times slower in Chromium.
  const parents = new Set<Element>();
  for (const candidate of findElements(root, mayBeCaption)) {
    const parent = candidate.parentElement;
    if (parent && parent !== root && (parent.localName === 'div' || parent.localName === 'p')) parents.add(parent);
  }
  if (parents.size === 0) return;
  // In document order, as the page nests them: an outer box before the boxes inside it.
  const boxes = inDocumentOrder(parents);
  for (const box of boxes) {
    const children = Array.from(box.children);
    const captions = children.filter(isCaption);
    if (captions.length === 0 || captions.length > 2 || !box.isConnected || box.closest('figure')) continue;
    const image = soleImage(box, captions);
    if (!image) continue;
    // Nothing else with words in the box: it is a photo and its caption, not a paragraph with an image.
    const others = children.filter((child) => child !== image && !captions.includes(child));
    if (others.some((child) => (child.textContent ?? '').trim() !== '')) continue;
    if (Array.from(box.childNodes).some((node) => node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim() !== '')) continue;
    const doc = box.ownerDocument;
    const figure = doc.createElement('figure');
    const figcaption = doc.createElement('figcaption');
    captions.forEach((caption, i) => {
      if (i > 0) figcaption.append(doc.createTextNode(' '));
      // A caption paragraph stays one: Readability weighs a list or box by its paragraphs against its images,
      // and a list of captioned screenshots without them reads as a gallery to drop.
      if (caption.localName === 'p') figcaption.append(caption);
      else figcaption.append(...Array.from(caption.childNodes));
    });
    figure.append(image, figcaption);
    box.replaceWith(figure);
  }
}
