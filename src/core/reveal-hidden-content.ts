import { COMMENT_NODE } from './node-types';

/**
 * Content first: main content that a page hides from assistive tech or renders later is revealed on the private
 * copy before Readability, which skips `aria-hidden="true"` and `hidden` subtrees.
 *
 * - React's streamed server rendering sends each suspended chunk as `<div hidden id="S:n">` with a script that
 *   moves it to its boundary `<template id="B:n">` (replacing the fallback up to the `<!--/$-->` comment), or a
 *   segment to its placeholder `<template id="P:n">`. The script does not run on a copy, so the move is done
 *   here; a chunk without its boundary is just unhidden.
 * - `aria-hidden="true"` on a block of article prose (an overlay or a "letter" effect) hides the article from
 *   screen readers only; Readability would drop it, so the attribute goes from blocks that hold prose. A hidden
 *   block with the site's navigation or a form in it is the page's chrome behind a drawer or overlay (a header
 *   with a stream of teasers), not the article: it stays hidden, and Readability does not walk it.
 */

/** Text (non-space characters) from which a hidden block is treated as content rather than a decoration. */
const PROSE_CHARS = 200;

export function revealHiddenContent(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const chunk of Array.from(body.querySelectorAll('div[hidden][id^="S:"]'))) placeStreamedChunk(doc, chunk);
  for (const el of Array.from(body.querySelectorAll('[aria-hidden="true"]'))) {
    if (el.isConnected && holdsProse(el)) el.removeAttribute('aria-hidden');
  }
}

function placeStreamedChunk(doc: Document, chunk: Element): void {
  const id = chunk.id.slice(2);
  // A boundary's chunk goes to its `B:n` template; a segment's (React's `$RS`) to its `P:n` placeholder.
  const boundary = doc.getElementById('B:' + id) ?? doc.getElementById('P:' + id);
  chunk.removeAttribute('hidden');
  if (!boundary || boundary.tagName !== 'TEMPLATE' || !boundary.parentNode) return;
  if (boundary.id.startsWith('B:')) removeFallback(boundary);
  while (chunk.firstChild) boundary.parentNode.insertBefore(chunk.firstChild, boundary);
  boundary.remove();
  chunk.remove();
}

/**
 * The fallback ("Loading…") runs from the boundary's template to its closing `<!--/$-->` comment. Without that
 * comment (a page saved without comments) nothing is removed: everything after the template could be the page.
 */
function removeFallback(boundary: Element): void {
  let end: Node | null = boundary.nextSibling;
  while (end && !(end.nodeType === COMMENT_NODE && end.nodeValue === '/$')) end = end.nextSibling;
  if (!end) return;
  for (let node = boundary.nextSibling; node && node !== end; ) {
    const next = node.nextSibling;
    node.parentNode?.removeChild(node);
    node = next;
  }
}

/** What only a page's chrome holds: its navigation, its search, a form. */
const CHROME = 'nav, [role=navigation], [role=search], form';

function holdsProse(el: Element): boolean {
  if (el.querySelector(CHROME)) return false;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if ((p.textContent ?? '').replace(/\s+/g, '').length >= PROSE_CHARS / 2) return true;
  }
  return (el.textContent ?? '').replace(/\s+/g, '').length >= PROSE_CHARS * 2 && el.getElementsByTagName('a').length < 10;
}
