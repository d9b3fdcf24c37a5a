import { ELEMENT_NODE, TEXT_NODE } from '../node-types';

/**
 * The text of a highlighted code block as its author wrote it: line numbers, gutters and the block's buttons
 * and labels left out, lines kept apart whether the renderer separates them with newlines (Pygments, Chroma,
 * Prism, Shiki), `<br>` (Hexo, CodeMirror in chat UIs) or one element per line (CodeMirror, GitHub's blob
 * tables, highlight.js line numbers, SyntaxHighlighter).
 */

/** Class names highlighters give line numbers and gutters (`ln`/`lnt` Chroma, `lineno(s)` Pygments, `gl` and
 * `rouge-gutter` Rouge, `line-numbers-rows` Prism, `hljs-ln-n(umbers)`, `blob-num` GitHub,
 * `CodeMirror-linenumber`, `cm-lineNumbers`, `react-syntax-highlighter-line-number`, `gutter` Hexo, …). */
const LINE_NUMBER_CLASS = /^(?:ln|lnt|gl)$|line[-_]?(?:no|num)|gutter|blob-num|-ln-n/i;

/** Class names of the controls and labels highlighters put around code: copy buttons, toolbars, headers. */
const CHROME_CLASS = /copy|clipboard|toolbar|code-?header|__header|code-?title|file-?name|lang(?:uage)?-?(?:label|name|tag)|badge/i;

/** Elements whose content is one line of code each. */
const LINE_CLASS = /^(?:line|cm-line|CodeMirror-line|ace_line|view-line|code-line|blob-code(?:-inner)?|hljs-ln-code)$/;

const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul']);
const NEVER_TEXT = new Set(['button', 'script', 'style', 'template', 'noscript', 'svg', 'select', 'input', 'textarea', 'clipboard-copy', 'img']);

/** Parts of an editor that are not its text: CodeMirror's measuring and cursor layers, tooltips, panels. */
const EDITOR_MACHINERY = /^(?:CodeMirror-(?:measure|cursors|scrollbar-filler|gutter-filler|hscrollbar|vscrollbar)|cm-(?:announced|tooltip|panels?|cursorLayer|selectionLayer))$/;

/** Language pickers and tab bars of code tab groups. */
const CONTROL_ROLES = new Set(['listbox', 'tablist', 'toolbar', 'menu', 'menubar', 'tab']);

const DIGITS_ONLY = /^[\d\s]*$/;
const NO_SELECT = /user-select\s*:\s*none/i;

function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** Short text: a label or a few options, never a block of code. */
function isShortLabel(text: string): boolean {
  return text.length <= 200 && text.replace(/\s+/g, ' ').trim().length <= 40;
}

/** A line number or a gutter: only digits (or nothing), marked as such or kept out of selection. */
export function isGutter(el: Element): boolean {
  const text = el.textContent ?? '';
  // A gutter by name may also hold fold markers and other signs, never words.
  if (classTokens(el).some((token) => LINE_NUMBER_CLASS.test(token))) return !/\p{L}/u.test(text);
  if (!DIGITS_ONLY.test(text)) return false;
  // highlight.js's line-number plugin marks the code cell with data-line-number too.
  if (el.hasAttribute('data-line-number') && !classTokens(el).some((token) => /code/i.test(token))) return true;
  if (el.getAttribute('unselectable') === 'on') return true;
  if (NO_SELECT.test(el.getAttribute('style') ?? '') || classTokens(el).includes('select-none')) return text.trim() !== '';
  return el.getAttribute('aria-hidden') === 'true';
}

/**
 * A column of line numbers beside the code: the integers k, k+1, … in order, in an element of its own, whether
 * they are separated by newlines or each in an element of its own with nothing between (`<div>1</div><div>2</div>`,
 * `1<br>2`), whose text runs together.
 */
export function isNumberColumn(el: Element): boolean {
  return isConsecutive(separateWords(el));
}

function isConsecutive(numbers: readonly string[]): boolean {
  if (numbers.length < 2 || !numbers.every((n) => /^\d{1,6}$/.test(n))) return false;
  return numbers.every((n, i) => Number(n) === Number(numbers[0]) + i);
}

/** The words of an element, split at whitespace and at element boundaries. */
function separateWords(el: Element): string[] {
  const words: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) words.push(...(node.nodeValue ?? '').split(/\s+/).filter(Boolean));
    else for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(el);
  return words;
}

/**
 * Line numbers written as the first cell of each line (`<div class="flex"><span>1</span><span>code</span></div>`,
 * one row per line): the first child of two or more sibling rows, holding only k, k+1, … in order, each row
 * holding code besides. Returns those number cells.
 */
export function leadingNumberCells(block: Element): Set<Element> {
  const cells = new Set<Element>();
  for (const parent of [block, ...Array.from(block.querySelectorAll('*'))]) {
    const rows = Array.from(parent.children).filter((row) => row.children.length >= 2);
    if (rows.length < 2 || rows.length !== parent.children.length) continue;
    const firsts = rows.map((row) => row.firstElementChild!);
    const numbers = firsts.map((first) => (first.textContent ?? '').trim());
    if (!isConsecutive(numbers)) continue;
    if (!rows.every((row, i) => (row.textContent ?? '').trim().length > numbers[i]!.length)) continue;
    for (const first of firsts) cells.add(first);
  }
  return cells;
}

function isNumberColumnBesideCode(el: Element): boolean {
  if (!isNumberColumn(el)) return false;
  for (const sibling of Array.from(el.parentElement?.children ?? [])) if (sibling !== el && !DIGITS_ONLY.test(sibling.textContent ?? '')) return true;
  return false;
}

/** A control or label of the code block (copy button, toolbar, language header), not code. */
export function isCodeChrome(el: Element): boolean {
  const tag = el.localName;
  if (NEVER_TEXT.has(tag) || el.getAttribute('role') === 'button') return true;
  if (classTokens(el).some((token) => EDITOR_MACHINERY.test(token))) return true;
  const text = el.textContent ?? '';
  if (!isShortLabel(text)) return false;
  if (CONTROL_ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (classTokens(el).some((token) => CHROME_CLASS.test(token))) return true;
  return el.querySelector('button, [role="button"], clipboard-copy') !== null;
}

/** An element holding exactly one line (a table row, a list item, a renderer's line span), not a block of them. */
function isSingleLine(el: Element): boolean {
  if (el.localName === 'tr' || el.localName === 'li' || el.hasAttribute('data-line')) return true;
  if (classTokens(el).some((token) => LINE_CLASS.test(token))) return true;
  return /display\s*:\s*(?:block|flex|grid)/i.test(el.getAttribute('style') ?? '');
}

function isLineElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName) || isSingleLine(el);
}

/**
 * The code under `root` as plain text. `skip` says which further elements are not code (the gutter cells of a
 * line-number table). Leading blank lines and trailing whitespace go; indentation stays; no-break spaces that
 * editors use for indentation become spaces.
 */
export function codeText(root: Element, skip: (el: Element) => boolean = () => false): string {
  let out = '';
  // A line element ended (a break is due before more text) / how many line elements held nothing (blank lines).
  // Renderers that also put "\n" between line elements (Shiki) need no break added.
  let pendingBreak = false;
  let emptyLines = 0;
  // Whether the innermost open line element holds a single line: a newline alone in it only ends that line.
  const singleLine: boolean[] = [];
  const emit = (text: string): void => {
    if (!text) return;
    if (pendingBreak || emptyLines > 0) {
      if (!text.startsWith('\n') && out !== '') out += '\n'.repeat((out.endsWith('\n') ? 0 : 1) + emptyLines);
      pendingBreak = false;
      emptyLines = 0;
    }
    out += text;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
      if (singleLine.at(-1) && /^\s*$/.test(text) && text.includes('\n')) return;
      emit(text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (el.localName === 'br') {
      emit('\n');
      return;
    }
    if (node !== root && (isGutter(el) || isCodeChrome(el) || isNumberColumnBesideCode(el) || skip(el))) return;
    const line = node !== root && isLineElement(el);
    if (!line) {
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
      return;
    }
    const before = out.length;
    const emptyBefore = emptyLines;
    pendingBreak = true;
    singleLine.push(isSingleLine(el));
    // An editor's empty line is a line element holding only a <br>.
    if (!isBlankLine(el)) for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    singleLine.pop();
    if (out.length === before && emptyLines === emptyBefore && out !== '') emptyLines++;
    pendingBreak = true;
  };
  walk(root);
  return out.replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');
}

function isBlankLine(el: Element): boolean {
  const children = Array.from(el.childNodes).filter((child) => child.nodeType !== TEXT_NODE || (child.nodeValue ?? '').trim());
  return children.length === 1 && (children[0] as Element).localName === 'br';
}

/** The words of a label beside a code block (a header saying "Python"), buttons left out. */
export function labelText(el: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE && !NEVER_TEXT.has((node as Element).localName) && (node as Element).getAttribute('role') !== 'button') {
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    }
  };
  walk(el);
  return text.trim();
}
