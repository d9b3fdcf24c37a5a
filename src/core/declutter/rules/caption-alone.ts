import type { BlockView } from '../block';
import { labelled, type ClutterRule } from '../rule';
import { captionKind, MAX_CAPTION_CHARS } from '../widget-caption';
import { ELEMENT_NODE, TEXT_NODE } from '../../node-types';

/**
 * A widget's caption left alone once Readability dropped the widget: a line that is nothing but a caption's words,
 * of the kind those words name. A share or follow caption ("シェアする", "Teilen mit:", "Stay Connected") goes
 * anywhere; a tally's name ("Like this:", "Readers' reactions") is also how articles title a section, so it goes
 * only as the article's last line, after the prose. A heading that prose follows titles it and stays.
 */

/** Whether nothing with text or an image comes after `el` in the article. */
function endsTheArticle(el: Element, view: BlockView): boolean {
  for (let node: Element | null = el; node && node !== view.root; node = node.parentElement) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === TEXT_NODE ? (next.nodeValue ?? '').trim() : next.nodeType === ELEMENT_NODE && (view.stats(next as Element).chars > 0 || view.stats(next as Element).images > 0)) return false;
    }
  }
  return view.position(el) === 'after';
}

export const captionAloneRule: ClutterRule = {
  kind: 'share',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars === 0 || s.chars > MAX_CAPTION_CHARS || s.links + s.controls + s.images > 0 || s.longParagraphs > 0) return null;
    const kind = captionKind(view.signature(el));
    if (!kind || (kind !== 'share' && kind !== 'social' && !endsTheArticle(el, view))) return null;
    let next = el.nextElementSibling;
    while (next && view.stats(next).chars === 0) next = next.nextElementSibling;
    return /^H[2-6]$/.test(el.tagName) && next && view.stats(next).longParagraphs > 0 ? null : { ...labelled(view, el), kind };
  },
};
