import type { ClutterKind } from '../article';
import type { BlockView } from './block';
import { captionKind, MAX_CAPTION_CHARS } from './widget-caption';

/**
 * A widget's caption left as the article's last line once Readability dropped the widget itself: themes print
 * "Like this:", "Teilen mit:" or "Stay connected" as a heading outside the widget's box, and Readability keeps the
 * heading but not the buttons. Such a line comes after the article's prose, has nothing after it, and is nothing
 * but a caption's words; its kind is the kind of widget those words name.
 */

export interface TrailingCaption {
  el: Element;
  kind: ClutterKind;
}

export function trailingCaption(view: BlockView): TrailingCaption | null {
  const el = lastLine(view);
  if (!el) return null;
  const s = view.stats(el);
  // Links, images or controls make it something else (a "Read more" link, a credit with a logo).
  if (s.links + s.images + s.controls > 0 || s.longParagraphs > 0) return null;
  if (view.position(el) !== 'after') return null;
  const kind = captionKind(el.textContent ?? '');
  return kind ? { el, kind } : null;
}

/**
 * The outermost element that holds the article's last line and nothing else: the last child with text or an
 * image, descended into while it holds more than a line. Null when loose text or an image ends the article.
 */
function lastLine(view: BlockView): Element | null {
  let el: Element = view.root;
  for (let depth = 0; depth < 12; depth++) {
    let last = el.lastElementChild;
    while (last && isEmpty(view, last)) last = last.previousElementSibling;
    if (!last || hasTextAfter(last)) return null;
    const s = view.stats(last);
    if (s.chars <= MAX_CAPTION_CHARS) return s.chars > 0 ? last : null;
    el = last;
  }
  return null;
}

function isEmpty(view: BlockView, el: Element): boolean {
  const s = view.stats(el);
  return s.chars === 0 && s.images === 0 && el.tagName !== 'IFRAME';
}

function hasTextAfter(el: Element): boolean {
  for (let node = el.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  }
  return false;
}
