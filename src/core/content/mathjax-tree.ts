/**
 * MathML read back from a MathJax 3/4 rendering that ships no assistive MathML. Both of its outputs keep the
 * MathML tree: CHTML as custom elements named after it (`mjx-mi`, `mjx-mfrac`, …, characters in `mjx-c`, as
 * text or as the code point in the class, `mjx-c1D465`), SVG as groups marked `data-mml-node="mi"` with glyphs
 * `<use data-c="1D465">`. Layout wrappers in between (mjx-num, mjx-script, mjx-box, …) are skipped.
 */

const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const NODES = new Set([
  'math', 'mi', 'mo', 'mn', 'mtext', 'ms', 'mspace', 'mrow', 'mfrac', 'msqrt', 'mroot', 'mstyle', 'merror', 'mpadded',
  'mphantom', 'menclose', 'msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mmultiscripts', 'mtable', 'mtr',
  'mlabeledtr', 'mtd', 'texatom', 'inferredmrow', 'tex-atom',
]);
const TOKENS = new Set(['mi', 'mo', 'mn', 'mtext', 'ms']);

/** The MathML name an element of a MathJax rendering stands for, or null for a layout wrapper. */
function nodeName(el: Element): string | null {
  const marked = el.getAttribute('data-mml-node');
  if (marked) return NODES.has(marked.toLowerCase()) ? normalizeName(marked.toLowerCase()) : null;
  const tag = el.localName;
  if (!tag.startsWith('mjx-')) return null;
  const name = tag.slice(4);
  if (name === 'math') return 'math';
  return NODES.has(name) ? normalizeName(name) : null;
}

function normalizeName(name: string): string {
  return name === 'texatom' || name === 'tex-atom' || name === 'inferredmrow' ? 'mrow' : name;
}

/** The nearest descendants that are MathML nodes, in document order, leaving out the radical sign. */
function nodeChildren(el: Element): Element[] {
  const found: Element[] = [];
  const walk = (parent: Element): void => {
    for (const child of Array.from(parent.children)) {
      if (child.localName === 'mjx-surd' || child.localName === 'mjx-assistive-mml') continue;
      if (nodeName(child)) found.push(child);
      else walk(child);
    }
  };
  walk(el);
  return found;
}

function part(el: Element, tag: string): Element | null {
  const found = el.getElementsByTagName(tag)[0];
  return found ? (nodeName(found) ? found : nodeChildren(found)[0] ?? null) : null;
}

/** Children in MathML order: CHTML lays some out in drawing order (over before base, sup before sub). */
function orderedChildren(el: Element, name: string): Element[] {
  if (el.localName.startsWith('mjx-')) {
    if (name === 'munderover' || name === 'mover' || name === 'munder') {
      const parts = [part(el, 'mjx-base'), name !== 'mover' ? part(el, 'mjx-under') : null, name !== 'munder' ? part(el, 'mjx-over') : null];
      if (parts[0]) return parts.filter((p): p is Element => p !== null);
    }
    if (name === 'mroot') {
      const base = part(el, 'mjx-box');
      const index = part(el, 'mjx-root');
      if (base && index) return [base, index];
    }
    if (name === 'msubsup') {
      const children = nodeChildren(el);
      // Base, then the script box holding the superscript above the subscript.
      if (children.length === 3) return [children[0]!, children[2]!, children[1]!];
    }
  }
  return nodeChildren(el);
}

/** The characters of a token: `mjx-c` text or class code points (CHTML), `use[data-c]` or `<text>` (SVG). */
function tokenText(el: Element): string {
  const glyphs = Array.from(el.querySelectorAll('mjx-c, use[data-c], text'));
  if (glyphs.length === 0) return el.textContent ?? '';
  return glyphs
    .map((glyph) => {
      if (glyph.localName === 'text') return glyph.textContent ?? '';
      const text = glyph.localName === 'mjx-c' ? glyph.textContent ?? '' : '';
      if (text) return text;
      const hex = glyph.getAttribute('data-c') ?? /(?:^|\s)mjx-c([0-9A-F]+)(?:\s|$)/i.exec(glyph.getAttribute('class') ?? '')?.[1];
      const code = hex ? Number.parseInt(hex, 16) : Number.NaN;
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .join('');
}

function build(doc: Document, el: Element, name: string): Element {
  const node = doc.createElementNS(MATHML_NS, name);
  if (TOKENS.has(name)) {
    const text = tokenText(el);
    // Mathematical italic letters are how MathJax draws identifiers; the plain letter says the same.
    node.textContent = name === 'mi' || name === 'mn' ? text.normalize('NFKC') : text;
    return node;
  }
  for (const child of orderedChildren(el, name)) node.append(build(doc, child, nodeName(child)!));
  return node;
}

/** MathML for a MathJax container whose rendering keeps its tree, or null when nothing can be read back. */
export function mathFromMathJaxTree(container: Element): Element | null {
  const root = Array.from(container.querySelectorAll('mjx-math, [data-mml-node="math"]'))[0];
  if (!root) return null;
  const math = build(container.ownerDocument, root, 'math');
  return (math.textContent ?? '').trim() ? math : null;
}
