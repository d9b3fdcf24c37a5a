/**
 * Callouts and admonitions kept as such: Obsidian's `div.callout[data-callout]`, GitHub's `markdown-alert`,
 * Python-Markdown/MkDocs and Sphinx `div.admonition`, Docusaurus's `theme-admonition`, and `aside.callout` boxes
 * become `<div class="callout callout-<kind>">` with their title as a first bold line. Readability drops
 * `aside` and often the box's title; the reader styles the kept box as a note.
 * Runs on the private copy before Readability.
 */

export const CALLOUT_CLASS = 'callout';

const BOX_CLASS = /^(?:callout|admonition|markdown-alert|theme-admonition)$/;
/**
 * The boxes `isCalloutBox` may accept, found by class or attribute: a query over every div of a large page,
 * each's class split and tested, cost a few per cent of the pipeline. `isCalloutBox` still decides.
 */
const BOX_SELECTOR = ':is(div, aside, section, blockquote):is(.callout, .admonition, .markdown-alert, .theme-admonition, [data-callout])';
const KIND_CLASS = /^(?:callout-|markdown-alert-|theme-admonition-|admonition-)([a-z]{2,20})$/;
const KINDS = new Set(['note', 'tip', 'hint', 'info', 'important', 'warning', 'caution', 'danger', 'error', 'success', 'question', 'example', 'quote', 'abstract', 'summary', 'todo', 'bug', 'failure', 'attention', 'seealso']);
const TITLE_SELECTOR = '.callout-title, .admonition-title, .markdown-alert-title, [class*="admonitionHeading"], [class*="admonition-heading"]';

function kindOf(box: Element): string | null {
  const data = box.getAttribute('data-callout')?.trim().toLowerCase();
  if (data && /^[a-z]{2,20}$/.test(data)) return data;
  const tokens = (box.getAttribute('class') ?? '').split(/\s+/);
  for (const token of tokens) {
    const kind = KIND_CLASS.exec(token.toLowerCase())?.[1];
    if (kind && kind !== 'title' && kind !== 'content' && kind !== 'heading') return kind;
  }
  return tokens.map((token) => token.toLowerCase()).find((token) => KINDS.has(token)) ?? null;
}

function isCalloutBox(el: Element): boolean {
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/);
  return tokens.some((token) => BOX_CLASS.test(token)) || (el.hasAttribute('data-callout') && el.localName !== 'span');
}

/**
 * Whether `normalizeCallouts` may change anything under `root`: a callout box. Where it answers false the stage
 * changes nothing, so the page loads the stage only then (special-markup-check.ts).
 */
export function hasCallouts(root: Element): boolean {
  return Array.from(root.querySelectorAll(BOX_SELECTOR)).some(isCalloutBox);
}

export function normalizeCallouts(root: Element): Set<string> {
  const classes = new Set<string>();
  for (const box of Array.from(root.querySelectorAll(BOX_SELECTOR))) {
    if (!box.isConnected || !isCalloutBox(box)) continue;
    const doc = box.ownerDocument;
    const kind = kindOf(box);
    const titleEl = box.querySelector(TITLE_SELECTOR);
    const title = (titleEl?.textContent ?? '').replace(/\s+/g, ' ').trim();
    titleEl?.remove();
    const callout = doc.createElement('div');
    callout.setAttribute('class', kind ? `${CALLOUT_CLASS} ${CALLOUT_CLASS}-${kind}` : CALLOUT_CLASS);
    if (title) {
      const heading = doc.createElement('p');
      const strong = doc.createElement('strong');
      strong.textContent = title;
      heading.append(strong);
      callout.append(heading);
    }
    callout.append(...Array.from(box.childNodes));
    // Icons of the box (svg, empty spans) say nothing without its stylesheet.
    for (const icon of Array.from(callout.querySelectorAll('svg'))) icon.remove();
    box.replaceWith(callout);
    classes.add(CALLOUT_CLASS);
    if (kind) classes.add(`${CALLOUT_CLASS}-${kind}`);
  }
  return classes;
}
