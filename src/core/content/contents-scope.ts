import { normalizeSpace } from '../text';
import { fragmentOf, isContentsList } from './page-contents';

/**
 * The article as the page's own table of contents names it: where Readability's pick holds the headings a
 * contents list links to in one block, and the pick's text outside that block outweighs it (a legal disclaimer,
 * a newsletter box and a list of recommended posts around a short article), the article is that block. The list
 * is known by what it is (page-contents.ts), the block by where the headings are: no names.
 *
 * Thresholds chosen on the development pages of Defuddle's suite and Readability's pages only.
 */

/** Headings a contents list must link to inside the pick, and the share of its links they must be. */
const MIN_TARGETS = 3;
const MIN_TARGET_SHARE = 0.8;

/** The block of `picked` that the page's contents list covers, where the rest of the pick outweighs it; else null. */
export function blockByContents(doc: Document, picked: Element): Element | null {
  const body = doc.body;
  if (!body) return null;
  const ids = new Set<string>();
  for (const list of Array.from(body.querySelectorAll('ul, ol'))) {
    if (list.parentElement?.closest('ul, ol') || !isContentsList(list)) continue;
    for (const link of Array.from(list.querySelectorAll('a'))) {
      const id = fragmentOf(link);
      if (id) ids.add(id);
    }
  }
  if (ids.size < MIN_TARGETS) return null;
  const targets = Array.from(picked.querySelectorAll('[id]')).filter((element) => ids.has(element.id));
  if (targets.length < MIN_TARGETS || targets.length < ids.size * MIN_TARGET_SHARE) return null;
  let block = targets[0]!.parentElement;
  while (block && block !== picked && !targets.every((target) => block!.contains(target))) block = block.parentElement;
  if (!block || block === picked || !picked.contains(block)) return null;
  const inside = chars(block);
  return chars(picked) - inside > inside ? block : null;
}

function chars(element: Element): number {
  return normalizeSpace(element.textContent).length;
}
