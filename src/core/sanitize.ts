import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { keptClasses } from './content/markers';
import { ELEMENT_NODE } from './node-types';

/**
 * The one place where untrusted markup becomes HTML for an extension page. Everything an article shows goes
 * through `sanitizeHtml`; a lint rule forbids other HTML sinks (innerHTML, dangerouslySetInnerHTML, ...).
 */

const READING_TAGS = [
  'a', 'abbr', 'article', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  // MathML, so formulas render as the page rendered them.
  'math', 'mi', 'mn', 'mo', 'ms', 'mrow', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mtext',
  'mspace', 'munder', 'mover', 'munderover', 'mtable', 'mtr', 'mtd', 'semantics', 'mstyle', 'mpadded', 'menclose',
  'mphantom', 'mmultiscripts', 'mprescripts', 'none', 'merror', 'mlabeledtr',
];

const READING_ATTRIBUTES = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers',
  'lang', 'dir', 'datetime', 'cite', 'start', 'reversed', 'type', 'value', 'open', 'id', 'name', 'media',
  'display', 'mathvariant', 'stretchy', 'fence', 'separator', 'accent', 'linethickness', 'alttext',
  // Layout of formulas (MathML Core's presentation attributes), none of them a URL.
  'displaystyle', 'scriptlevel', 'lspace', 'rspace', 'minsize', 'maxsize', 'movablelimits', 'largeop', 'symmetric',
  'form', 'accentunder', 'notation', 'depth', 'voffset', 'columnalign', 'rowalign', 'columnspacing', 'rowspacing',
  'columnlines', 'rowlines', 'frame',
  // Only the classes extraction writes to mark code languages, TeX formulas, embed cards and callouts.
  'class',
];

/** The attributes above that hold URLs; only these are held to ALLOWED_URI_REGEXP. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'cite']);

const CONFIG: Config = {
  ALLOWED_TAGS: READING_TAGS,
  ALLOWED_ATTR: READING_ATTRIBUTES,
  // DOMPurify checks every attribute it does not know as URL-safe against ALLOWED_URI_REGEXP, which with the
  // strict expression below dropped lang, dir, colspan, width, datetime, start, display, ... Name those plain
  // attributes as URL-safe so only real URLs are checked.
  ADD_URI_SAFE_ATTR: READING_ATTRIBUTES.filter((name) => !URL_ATTRIBUTES.has(name)),
  // TeX sources and other annotations of a formula: never shown, and annotation-xml is an mXSS favourite.
  ADD_FORBID_CONTENTS: ['annotation', 'annotation-xml'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only web links, mail links and in-page anchors; data: stays allowed for images (DOMPurify's data-URI tags).
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  // Page ids cannot clobber globals of the extension page: DOMPurify prefixes them with "user-content-".
  SANITIZE_NAMED_PROPS: true,
};

const ID_PREFIX = 'user-content-';

const instances = new WeakMap<object, DOMPurify>();

/**
 * One purifier per window: a second one would ask for a second Trusted Types policy of DOMPurify's name, which
 * the extension pages' CSP refuses.
 */
function purifierFor(win: WindowLike): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win);
    addReadingHooks(purify);
    instances.set(win, purify);
  }
  return purify;
}

/** What this file's cleaning adds to DOMPurify's: hidden math renderings, the classes kept, links made safe. */
function addReadingHooks(purify: DOMPurify): void {
  purify.addHook('uponSanitizeElement', (node) => {
    if (isHiddenMathRendering(node)) node.parentNode?.removeChild(node);
  });
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName !== 'class') return;
    data.attrValue = keptClasses(data.attrValue);
    if (!data.attrValue) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName.toLowerCase() !== 'a') return;
    const el = node as Element;
    const href = el.getAttribute('href');
    if (!href) return;
    if (href.startsWith('#')) {
      // Keep footnote links working after ids were prefixed.
      if (!href.startsWith('#' + ID_PREFIX)) el.setAttribute('href', '#' + ID_PREFIX + href.slice(1));
      return;
    }
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  });
}

/**
 * KaTeX and Wikipedia ship each formula twice: MathML for machines and an aria-hidden rendering (HTML spans or
 * an image) that the page's stylesheet shows instead. Without that stylesheet both would show, so when a
 * formula's MathML is there, the hidden rendering next to it goes and the browser draws the MathML.
 */
function isHiddenMathRendering(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const el = node as Element;
  if (el.getAttribute('aria-hidden') !== 'true' || el.namespaceURI === 'http://www.w3.org/1998/Math/MathML') return false;
  const parent = el.parentElement;
  if (!parent) return false;
  for (const sibling of Array.from(parent.children)) {
    if (sibling !== el && (sibling.localName === 'math' || sibling.getElementsByTagName('math').length > 0)) return true;
  }
  return false;
}

/**
 * Returns safe reading HTML: no scripts, handlers, styles, frames, forms or non-web URLs.
 * `win` is the window whose DOM does the parsing: the page's in the content script, the extension page's in
 * the UI, jsdom's in Node.
 *
 * Given an element instead of markup, it cleans the element where it stands and returns its inner HTML: the
 * extraction pipeline passes the content of its private copy of the page, which saves parsing it all again.
 * Never pass an element of a live page.
 */
export function sanitizeHtml(input: string | Element, win: WindowLike): string {
  const purify = purifierFor(win);
  if (typeof input === 'string') return purify.sanitize(input, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
  purify.sanitize(input, { ...CONFIG, IN_PLACE: true });
  return input.innerHTML;
}

/**
 * The same cleaning, answered as a parsed fragment of the page's document, for code that walks the article
 * (the Markdown and HTML exports) on a page whose Trusted Types forbid parsing plain strings.
 */
export function sanitizeToFragment(input: string, win: WindowLike): DocumentFragment {
  return purifierFor(win).sanitize(input, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
}

/** What the reading of a parsed copy skips anyway (summary/article-blocks.ts): only these lose their text. */
const UNREAD_CONTENTS = ['script', 'style', 'noscript', 'template', 'svg', 'math'];

/**
 * Untrusted markup parsed for reading only, never shown or inserted anywhere: where the page's own copy of an
 * article's body is gone, the summariser reads the body's blocks from this (src/ui/finish-page.ts). DOMPurify's own
 * defaults, without this file's hooks for the time of the call, drop scripts and handlers but keep the classes,
 * ids, roles and in-page links the reading goes by. Through the window's one purifier: pages whose Trusted Types
 * forbid parsing plain strings allow its policy alone.
 */
export function parsedForReading(input: string, win: WindowLike): Element {
  const purify = purifierFor(win);
  purify.removeAllHooks();
  try {
    return purify.sanitize(input, { RETURN_DOM: true, FORBID_CONTENTS: UNREAD_CONTENTS }) as HTMLElement;
  } finally {
    addReadingHooks(purify);
  }
}
