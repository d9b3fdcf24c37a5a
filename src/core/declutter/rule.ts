import type { ClutterKind } from '../article';

/** One family of clutter: decides whether a block is that kind of clutter. */
export interface ClutterRule {
  kind: ClutterKind;
  matches(el: Element): boolean;
}

/** The element's id and class tokens, lower-cased, for name-based signals. */
export function nameTokens(el: Element): string[] {
  const id = el.getAttribute('id') ?? '';
  const cls = el.getAttribute('class') ?? '';
  return `${id} ${cls}`.toLowerCase().split(/\s+/).filter(Boolean);
}

export function anyToken(el: Element, pattern: RegExp): boolean {
  return nameTokens(el).some((token) => pattern.test(token));
}

const HEADING = /^(H[1-6]|LEGEND|STRONG|B|HEADER)$/;

/**
 * Text of the block's own heading: the first element at the start of the block (down the chain of first
 * children).
 */
export function headingText(el: Element): string {
  // A block with several headings is a container of widgets (a sidebar), not one widget.
  if (el.querySelectorAll('h1, h2, h3, h4, h5, h6').length > 1) return '';
  let node = el.firstElementChild;
  for (let depth = 0; node && depth < 4; depth++, node = node.firstElementChild) {
    if (HEADING.test(node.tagName) || /title|heading/i.test(node.getAttribute('class') ?? '')) {
      return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
  }
  return '';
}
