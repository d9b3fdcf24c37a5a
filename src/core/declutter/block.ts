import { addStats, measure, type BlockStats } from './stats';

/**
 * What rules see of the tree: each element's measurements, name tokens, leading heading and a short text
 * "signature", all cached, so that deciding on a block costs little more than looking at it.
 */

const HEADING_TAGS = /^(H[1-6]|LEGEND|STRONG|B|HEADER|LABEL|CAPTION|SUMMARY|DT)$/;
const HEADING_CLASS = /title|heading|header|label|caption|question/i;

/** Above this size a block's signature is not computed: it is no single widget. */
export const MAX_SIGNATURE_CHARS = 1200;

export class BlockView {
  private readonly statsByElement: Map<Element, BlockStats>;
  private readonly signatures = new Map<Element, string>();
  private readonly leads = new Map<Element, string>();

  constructor(readonly root: Element) {
    this.statsByElement = measure(root);
  }

  stats(el: Element): BlockStats {
    let s = this.statsByElement.get(el);
    if (!s) {
      // An element added after measuring (none today): measure it on demand.
      s = measure(el).get(el)!;
      this.statsByElement.set(el, s);
    }
    return s;
  }

  /** The element's id and class tokens, lower-cased. */
  names(el: Element): string[] {
    const id = el.getAttribute('id') ?? '';
    const cls = el.getAttribute('class') ?? '';
    if (!id && !cls) return [];
    return `${id} ${cls}`.toLowerCase().split(/\s+/).filter(Boolean);
  }

  /** Whether any id/class token matches. */
  named(el: Element, pattern: RegExp): boolean {
    return this.names(el).some((token) => pattern.test(token));
  }

  /**
   * Text of the block's own heading: a heading-like element among the first two children, down to four levels,
   * or the block's aria-label. Empty when the block has none.
   */
  lead(el: Element): string {
    let text = this.leads.get(el);
    if (text === undefined) {
      text = findLead(el, 0) || normalize(el.getAttribute('aria-label'));
      this.leads.set(el, text);
    }
    return text;
  }

  /**
   * The block's text as a reader (or a screen reader) gets it: text, plus the alt text or file name of images and
   * the label of icon-only buttons. Capped; empty for blocks larger than MAX_SIGNATURE_CHARS.
   */
  signature(el: Element): string {
    let sig = this.signatures.get(el);
    if (sig === undefined) {
      sig = this.stats(el).chars > MAX_SIGNATURE_CHARS ? '' : normalize(signatureParts(el).join(' ')).replace(/’/g, "'");
      this.signatures.set(el, sig);
    }
    return sig;
  }

  /** Removes `el` and keeps its ancestors' measurements true. */
  remove(el: Element): void {
    const s = this.stats(el);
    for (let node = el.parentElement; node; node = node.parentElement) {
      const ancestor = this.statsByElement.get(node);
      if (ancestor) addStats(ancestor, s, -1);
      this.signatures.delete(node);
      this.leads.delete(node);
      if (node === this.root) break;
    }
    el.remove();
  }
}

export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function findLead(el: Element, depth: number): string {
  if (depth > 4) return '';
  let child = el.firstElementChild;
  for (let i = 0; child && i < 2; i++, child = child.nextElementSibling) {
    if (HEADING_TAGS.test(child.tagName) || HEADING_CLASS.test(child.getAttribute('class') ?? '')) {
      const text = normalize(child.textContent);
      if (text) return text;
    }
    const inner = findLead(child, depth + 1);
    if (inner) return inner;
    // Only an empty first child (an icon) lets us look at the second.
    if (normalize(child.textContent)) break;
  }
  return '';
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function signatureParts(root: Element): string[] {
  const parts: string[] = [];
  const visit = (el: Element): void => {
    if (SKIPPED.has(el.tagName)) return;
    if (el.tagName === 'IMG' || el.tagName === 'svg' || el.tagName === 'SVG') {
      parts.push(imageLabel(el));
      return;
    }
    let hasText = false;
    const before = parts.length;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        if (value.trim()) hasText = true;
        parts.push(value);
      } else if (node.nodeType === 1) visit(node as Element);
    }
    // An icon-only button or link speaks through its label.
    if (!hasText && parts.length === before) {
      const label = el.getAttribute('aria-label') ?? el.getAttribute('title');
      if (label) parts.push(label);
    }
    parts.push(' ');
  };
  visit(root);
  return parts;
}

function imageLabel(img: Element): string {
  const label = img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? img.getAttribute('title');
  if (label !== null && label.trim()) return ` ${label} `;
  if (img.tagName !== 'IMG') return ' ';
  // No alt: the file name often names the reaction ("/reactions/love.png").
  const src = img.getAttribute('src') ?? '';
  const file = /([^/?#]+?)(\.[a-z0-9]+)?(?:[?#].*)?$/i.exec(src)?.[1] ?? '';
  return /^[a-z][a-z-]{1,15}$/i.test(file) ? ` ${file.replace(/-/g, ' ')} ` : ' ';
}
