import { BlockView } from './block';
import { RemovalReport } from './report';
import type { ClutterRule } from './rule';
import { CLUTTER_RULES } from './rules';

export { RemovalReport } from './report';
export { describeRemoved } from './describe';

/** Tags of blocks that rules judge; inline elements are judged as part of their block. */
const CANDIDATES = new Set([
  'DIV', 'SECTION', 'ASIDE', 'FORM', 'UL', 'OL', 'DL', 'LI', 'NAV', 'FOOTER', 'HEADER', 'FIGURE', 'TABLE', 'P',
  'IFRAME', 'INS', 'CENTER', 'FIELDSET', 'DETAILS', 'BLOCKQUOTE', 'SPAN',
]);
const NEVER_REMOVE = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
/** Containers a widget's orphaned heading may live in. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ASIDE', 'FORM', 'FIGURE', 'FOOTER', 'HEADER', 'LI', 'SPAN']);
/** Text besides the widget that a wrapper may hold and still go with it (its heading). */
const WRAPPER_SPARE_CHARS = 60;
/** From this many long paragraphs a block is article prose, whatever its names or shape say. */
const PROSE_PARAGRAPHS = 2;

function isCandidate(el: Element): boolean {
  return CANDIDATES.has(el.tagName) || el.tagName.includes('-');
}

/**
 * Removes clutter blocks under `root` in place, outermost first, and records each in `report`. Runs on the cloned
 * document before Readability and on Readability's output after it, so it never touches the live page.
 */
export function declutter(root: Element, report: RemovalReport, rules: readonly ClutterRule[] = CLUTTER_RULES): void {
  const view = new BlockView(root);

  const judge = (el: Element): boolean => {
    const s = view.stats(el);
    // Empty blocks are nothing to a reader, except ad frames and ad units that scripts fill in.
    if (s.chars === 0 && s.images === 0 && el.tagName !== 'IFRAME' && el.tagName !== 'INS') return false;
    // A long paragraph is prose on its own; a block with several is (part of) the article.
    if (el.tagName === 'P' && s.longParagraphs > 0) return false;
    const prose = s.longParagraphs >= PROSE_PARAGRAPHS || s.h1s > 0;
    for (const rule of rules) {
      if (prose && !rule.mayHoldProse) continue;
      const match = rule.match(el, view);
      if (!match) continue;
      const target = widen(el, view);
      // An inner row found by its items is named by its wrapper's heading.
      report.add(rule.kind, target === el || view.lead(el) ? match : { ...match, label: view.lead(target) || match.label });
      view.remove(target);
      return true;
    }
    return false;
  };

  const visit = (parent: Element): void => {
    // Sibling links, not `children`: jsdom's live collections are slow to index.
    for (let el = parent.firstElementChild, next: Element | null; el; el = next) {
      next = el.nextElementSibling;
      if (isCandidate(el) && !NEVER_REMOVE.has(el.tagName) && judge(el)) {
        // The removal may have taken `parent` with it (an orphaned heading's wrapper).
        if (!root.contains(parent)) return;
        continue;
      }
      if (el.firstElementChild) visit(el);
    }
  };
  visit(root);
}

/** A widget found inside a wrapper that holds little else (its heading) takes the wrapper with it. */
function widen(el: Element, view: BlockView): Element {
  let target = el;
  for (let depth = 0; depth < 3; depth++) {
    const parent = target.parentElement;
    if (!parent || parent === view.root || !WRAPPERS.has(parent.tagName) || parent.childElementCount > 3) break;
    const outer = view.stats(parent);
    const inner = view.stats(target);
    if (outer.chars - inner.chars > WRAPPER_SPARE_CHARS || outer.longParagraphs > inner.longParagraphs || outer.h1s > 0) break;
    // Only a heading may be left behind: no other controls, images or link lists.
    if (outer.images > inner.images || outer.controls > inner.controls || outer.links - inner.links > 1) break;
    target = parent;
  }
  return target;
}
