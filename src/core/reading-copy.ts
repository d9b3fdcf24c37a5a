import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';

/**
 * Untrusted markup parsed for reading only, never shown or inserted anywhere (what is shown goes through
 * `sanitizeHtml`, sanitize.ts): where the page's own copy of an article's body is gone, the summariser reads the
 * body's blocks from this (src/ui/finish-page.ts). DOMPurify's own defaults (a purifier without sanitize.ts's
 * hooks) drop scripts and handlers but keep the classes, ids, roles and in-page links the reading goes by; parsing
 * through DOMPurify is what pages whose Trusted Types forbid parsing plain strings allow. Its own module, so the
 * views that never read such a copy do not load it.
 */

const purifiers = new WeakMap<object, DOMPurify>();

/** What the reading skips anyway (src/core/summary/article-blocks.ts): only these lose their text. */
const UNREAD_CONTENTS = ['script', 'style', 'noscript', 'template', 'svg', 'math'];

export function parsedForReading(input: string, win: WindowLike): Element {
  let purify = purifiers.get(win);
  if (!purify) purifiers.set(win, (purify = createDOMPurify(win)));
  return purify.sanitize(input, { RETURN_DOM: true, FORBID_CONTENTS: UNREAD_CONTENTS }) as HTMLElement;
}
