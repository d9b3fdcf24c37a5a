import { codeBlockLanguage, languageFromLabel } from './code-language';
import { codeText, isCodeChrome, isGutter, isNumberColumn, labelText, leadingNumberCells } from './code-text';
import { ELEMENT_NODE, TEXT_NODE } from '../node-types';

/**
 * Code blocks as code: each block of highlighted code (Pygments, Chroma, Rouge, Hexo, Prism, highlight.js,
 * Shiki, rehype-pretty-code, react-syntax-highlighter, CodeMirror 5/6, GitHub, SyntaxHighlighter) becomes one
 * `<pre><code class="language-x">` holding its plain text, without line numbers, gutters, copy buttons or
 * headers, with the language as a class when the page says it. Runs on the private copy before Readability,
 * which would otherwise drop line-number tables, glue numbers to code ("1import") or keep "Copy" as text.
 *
 * Contract for later stages and the reader: a code block is `pre > code`, its language the `language-*` class
 * of the `code` element (CODE_LANGUAGE_CLASS).
 */

export const CODE_LANGUAGE_CLASS = /^language-[\w+#.-]{1,30}$/;

/** Editors that draw code as one element per line, with gutters beside. */
const EDITOR_SELECTOR = '.CodeMirror, .cm-editor, .monaco-editor, .ace_editor';
/** Line-number tables by their highlighter's class (Pygments, Chroma, Rouge, highlight.js, GitHub, Hexo). */
const CODE_TABLE_CLASS = /^(?:highlighttable|lntable|rouge-table|hljs-ln|highlight|js-file-line-container|code-table|blob-code-table)$/;
const STRUCTURAL = new Set(['body', 'main', 'article', 'section', 'html']);

function tokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
}

function rowsOf(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
}

/**
 * The gutter cells of a line-number table, or null when `table` is not one: every row has two cells, the first
 * holding only a line number (or nothing, numbers drawn by CSS), the second code.
 */
function gutterCells(table: Element): Set<Element> | null {
  const rows = rowsOf(table);
  if (rows.length === 0) return null;
  const marked = tokens(table).some((token) => CODE_TABLE_CLASS.test(token));
  const gutters = new Set<Element>();
  let codeCells = 0;
  for (const row of rows) {
    const cells = cellsOf(row);
    if (cells.length !== 2) return null;
    const [gutter, code] = cells as [Element, Element];
    if (!/^[\d\s]*$/.test(gutter.textContent ?? '')) return null;
    gutters.add(gutter);
    const codeLike = code.querySelector('pre, code') !== null || tokens(code).some((token) => /code/i.test(token));
    if (codeLike) codeCells++;
  }
  return marked || codeCells === rows.length ? gutters : null;
}

/** Climbs from a code element through wrappers that hold nothing but it and its controls (header, buttons). */
function outerBlock(el: Element, root: Element): Element {
  let block = el;
  for (let depth = 0; depth < 8; depth++) {
    const parent = block.parentElement;
    if (!parent || parent === root || STRUCTURAL.has(parent.localName) || parent.localName === 'pre' || parent.localName === 'td') break;
    let onlyChrome = true;
    for (let child = parent.firstChild; child && onlyChrome; child = child.nextSibling) {
      if (child === block) continue;
      if (child.nodeType === TEXT_NODE) onlyChrome = !(child.nodeValue ?? '').trim();
      else if (child.nodeType === ELEMENT_NODE) onlyChrome = isBeside(child as Element);
    }
    if (!onlyChrome) break;
    block = parent;
  }
  return block;
}

/** What may stand beside code in its wrapper and go with the wrapper: controls, labels, a line-number column. */
function isBeside(el: Element): boolean {
  return isEmpty(el) || isCodeChrome(el) || isGutter(el) || isNumberColumn(el);
}

function isEmpty(el: Element): boolean {
  return !(el.textContent ?? '').trim() && el.querySelector('img, picture, video, iframe, math') === null;
}

/** Whether a `<pre>` needs rebuilding: it carries line numbers, controls, per-line elements or `<br>`s. */
function needsRebuild(pre: Element): boolean {
  for (const el of Array.from(pre.querySelectorAll('*'))) {
    if (el.localName === 'br' || isGutter(el) || isCodeChrome(el)) return true;
    if (el.localName === 'div' || el.localName === 'table' || el.localName === 'p') return true;
  }
  return false;
}

/** A language named by the block's header ("Python" above ChatGPT's editor), when no class says it. */
function labelledLanguage(block: Element): string | null {
  for (const el of Array.from(block.querySelectorAll('*'))) {
    if (!isCodeChrome(el)) continue;
    const found = languageFromLabel(labelText(el));
    if (found) return found;
  }
  return null;
}

function replaceWithCode(block: Element, text: string, language: string | null): Element {
  const doc = block.ownerDocument;
  const pre = doc.createElement('pre');
  const code = doc.createElement('code');
  if (language) code.setAttribute('class', `language-${language}`);
  code.textContent = text;
  pre.append(code);
  for (const attribute of ['id', 'dir']) {
    const value = block.getAttribute(attribute);
    if (value) pre.setAttribute(attribute, value);
  }
  block.replaceWith(pre);
  return pre;
}

/** Puts the language class on the `code` of a `pre`, wrapping the pre's content in one if it has none. */
function markLanguage(pre: Element, language: string): string {
  const first = pre.firstElementChild;
  const alone = pre.children.length === 1 && first?.localName === 'code' && (pre.textContent ?? '').trim() === (first.textContent ?? '').trim();
  let code = alone ? first : null;
  if (!code) {
    code = pre.ownerDocument.createElement('code');
    code.append(...Array.from(pre.childNodes));
    pre.append(code);
  }
  const existing = Array.from(code.classList).find((name) => CODE_LANGUAGE_CLASS.test(name));
  if (existing) return existing;
  code.classList.add(`language-${language}`);
  return `language-${language}`;
}

/**
 * Whether `normalizeCodeBlocks` may change anything under `root`: a `pre`, `code` or editor, a table with a code
 * table's class, or a cell with a code class (an unmarked table counts only when all its code cells are code-like).
 * Where it answers false the stage changes nothing, so the page loads the stage only then (special-markup-check.ts).
 */
export function hasCodeMarkup(root: Element): boolean {
  if (root.querySelector(`pre, code, ${EDITOR_SELECTOR}`)) return true;
  for (const table of Array.from(root.getElementsByTagName('table'))) {
    if (tokens(table).some((token) => CODE_TABLE_CLASS.test(token))) return true;
  }
  const cells = [...Array.from(root.getElementsByTagName('td')), ...Array.from(root.getElementsByTagName('th'))];
  return cells.some((cell) => tokens(cell).some((token) => /code/i.test(token)));
}

/**
 * Rebuilds the code blocks under `root` (see above) and returns the language classes it wrote (a Readability
 * run without `keepClasses` drops every class it is not told to keep).
 */
export function normalizeCodeBlocks(root: Element): Set<string> {
  const classes = new Set<string>();
  const candidates: { el: Element; gutters: Set<Element> | null }[] = [];
  for (const el of Array.from(root.querySelectorAll(`pre, table, ${EDITOR_SELECTOR}`))) {
    if (el.localName === 'table') {
      const gutters = gutterCells(el);
      if (gutters) candidates.push({ el, gutters });
    } else {
      candidates.push({ el, gutters: null });
    }
  }
  for (const { el, gutters } of candidates) {
    // A candidate inside a block already rebuilt is gone from the tree.
    if (!root.contains(el)) continue;
    const isPre = el.localName === 'pre';
    const block = outerBlock(el, root);
    const language = codeBlockLanguage(el, root) ?? (block !== el ? codeBlockLanguage(block, root) : null) ?? labelledLanguage(block);
    if (isPre && block === el && !needsRebuild(el)) {
      // Plain preformatted text keeps its markup (links, emphasis); it only gains the language class.
      if (language) classes.add(markLanguage(el, language));
      continue;
    }
    const numberCells = leadingNumberCells(block);
    const text = codeText(block, (cell) => gutters?.has(cell) === true || numberCells.has(cell));
    if (!text.trim()) continue;
    replaceWithCode(block, text, language);
    if (language) classes.add(`language-${language}`);
  }
  return classes;
}
