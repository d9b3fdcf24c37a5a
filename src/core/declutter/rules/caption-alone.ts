import type { BlockView } from '../block';
import { labelled, type ClutterRule } from '../rule';
import { captionKind, MAX_CAPTION_CHARS } from '../widget-caption';

/**
 * The caption of a share bar or follow box left alone once Readability dropped the buttons, anywhere in the
 * article: "シェアする", "Teilen mit:", "Stay connected", "Síguenos". Only a short line that is nothing but such
 * words goes, named by the kind its words name; a tally's name ("Reactions") is also how articles title a
 * section and stays, and so does any heading that a paragraph of prose follows.
 */

const HEADING = /^H[2-6]$/;

/** A heading that the article's prose follows titles that prose. */
function titlesProse(el: Element, view: BlockView): boolean {
  if (!HEADING.test(el.tagName)) return false;
  let next = el.nextElementSibling;
  while (next && view.stats(next).chars === 0) next = next.nextElementSibling;
  return next !== null && view.stats(next).longParagraphs > 0;
}

export const captionAloneRule: ClutterRule = {
  kind: 'share',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars === 0 || s.chars > MAX_CAPTION_CHARS || s.links + s.controls + s.images > 0 || s.longParagraphs > 0) return null;
    const kind = captionKind(view.signature(el));
    if (kind !== 'share' && kind !== 'social') return null;
    return titlesProse(el, view) ? null : { ...labelled(view, el), kind };
  },
};
