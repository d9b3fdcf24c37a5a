import { addStats, MAX_SIGNATURE_CHARS, measure, type BlockStats } from './stats';

/**
 * What rules see of the tree: each element's measurements, name tokens, leading heading and a short text
 * "signature", all cached, so that deciding on a block costs little more than looking at it.
 */

const HEADING_TAGS = /^(H[1-6]|LEGEND|STRONG|B|HEADER|LABEL|CAPTION|SUMMARY|DT)$/;
const HEADING_CLASS = /title|heading|header|label|caption|question/i;

export class BlockView {
  private readonly statsByElement: Map<Element, BlockStats>;
  /** Raw signatures from measuring; an ancestor of a removed block loses its own and gets it recomputed. */
  private readonly rawSignatures: Map<Element, string>;
  private readonly signatures = new Map<Element, string>();
  private readonly leads = new Map<Element, string>();
  private readonly tokens = new Map<Element, string[]>();

  private readonly proseParagraphs: Element[];

  constructor(readonly root: Element) {
    const measured = measure(root);
    this.statsByElement = measured.stats;
    this.rawSignatures = measured.signatures;
    this.proseParagraphs = measured.proseParagraphs;
  }

  /**
   * Where a block sits relative to the article's prose: before its first long paragraph, after its last, or
   * inside (among the paragraphs, or holding one). A root without prose has only an inside.
   */
  position(el: Element): 'before' | 'inside' | 'after' {
    // Paragraphs removed with a block (a comment thread) no longer count.
    const first = this.proseParagraphs.find((p) => this.root.contains(p));
    const last = this.proseParagraphs.findLast((p) => this.root.contains(p));
    if (!first || !last || this.stats(el).longParagraphs > 0) return 'inside';
    // compareDocumentPosition: 4 = the argument follows el, 2 = it precedes el.
    if (el.compareDocumentPosition(first) & 4) return 'before';
    if (el.compareDocumentPosition(last) & 2 && !el.contains(last)) return 'after';
    return 'inside';
  }

  stats(el: Element): BlockStats {
    let s = this.statsByElement.get(el);
    if (!s) {
      // An element added after measuring (none today): measure it on demand.
      s = measure(el).stats.get(el)!;
      this.statsByElement.set(el, s);
    }
    return s;
  }

  /** The element's id and class tokens, lower-cased. */
  names(el: Element): string[] {
    let tokens = this.tokens.get(el);
    if (!tokens) {
      const id = el.getAttribute('id') ?? '';
      const cls = el.getAttribute('class') ?? '';
      tokens = id || cls ? `${id} ${cls}`.toLowerCase().split(/\s+/).filter(Boolean) : [];
      this.tokens.set(el, tokens);
    }
    return tokens;
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
      text = this.findLead(el, 0) || normalize(el.getAttribute('aria-label'));
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
      if (this.stats(el).chars > MAX_SIGNATURE_CHARS) sig = '';
      else sig = normalize(this.rawSignatures.get(el) ?? measure(el).signatures.get(el)).replace(/’/g, "'");
      this.signatures.set(el, sig);
    }
    return sig;
  }

  private findLead(el: Element, depth: number): string {
    if (depth > 4) return '';
    let child = el.firstElementChild;
    for (let i = 0; child && i < 2; i++, child = child.nextElementSibling) {
      const hasText = this.stats(child).chars > 0;
      if (hasText && (HEADING_TAGS.test(child.tagName) || HEADING_CLASS.test(child.getAttribute('class') ?? ''))) {
        return normalize(child.textContent);
      }
      const inner = this.findLead(child, depth + 1);
      if (inner) return inner;
      // Only an empty first child (an icon) lets us look at the second.
      if (hasText) break;
    }
    return '';
  }

  /** Removes `el` and keeps its ancestors' measurements true. */
  remove(el: Element): void {
    const s = this.stats(el);
    for (let node = el.parentElement; node; node = node.parentElement) {
      const ancestor = this.statsByElement.get(node);
      if (ancestor) addStats(ancestor, s, -1);
      this.signatures.delete(node);
      this.rawSignatures.delete(node);
      this.leads.delete(node);
      if (node === this.root) break;
    }
    el.remove();
  }
}

export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
