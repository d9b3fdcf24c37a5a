/**
 * Captions written apart from their photo. Slideshows and galleries show the photo in a carousel and its caption
 * in a panel of its own, often twice (a headline and a description with the same words), and the words are the
 * photo's alt text. Readability keeps the panel as body paragraphs, so the caption read as the article's opening
 * and became a key point. A block whose whole text is an image's (long) alt text is that image's caption: the
 * first such block becomes `figure > img + figcaption` (the photo once, captioned as such), the repeats go.
 * Runs on the private copy before Readability.
 */
import { nonSpaceLength, textSizesUpTo } from '../dom-walk';
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

export function captionDetachedPhotos(root: Element): void {
  const images = captionedImages(root);
  if (images.size === 0) return;
  // A block is read only when its count of non-space characters is an alt text's, counted for all blocks in one
  // walk (reading every block's text made this pass quadratic on large pages). Counted before lower-casing, which
  // keeps the length of every letter but the dotted capital I.
  const captionSizes = new Set(Array.from(images.values(), (img) => nonSpaceLength(img.getAttribute('alt') ?? '')));
  const sizes = textSizesUpTo(root, Math.max(...captionSizes));
  const placed = new Set<string>();
  for (const block of Array.from(root.querySelectorAll(CAPTION_BLOCKS))) {
    if (!captionSizes.has(sizes.get(block) ?? 0)) continue;
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
