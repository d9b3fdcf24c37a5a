/**
 * Makes lazy-loaded images real on the cloned document before extraction, so the lead image and the article's
 * images point at the pictures and not at placeholders; drops tracking pixels and tiny icons.
 */

const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-echo'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
/** A src that stands in for the real image: a data: URI, an empty or a "blank/placeholder/spacer" file. */
const PLACEHOLDER = /^data:|^about:blank|(^|[/_.-])(blank|placeholder|spacer|transparent|lazy|loading|grey|gray|pixel|1x1)([/_.-]|$)/i;
const TRACKER =
  /(^|[/.])(pixel|beacon|tracking|tracker|analytics|stats)[/.?]|facebook\.com\/tr|doubleclick\.net|google-analytics\.com|\/b\/ss\/|scorecardresearch|quantserve|\/p\.gif|\/1x1\.|\bgif\?|\/count(er)?\?/i;
/** Declared sides at or below this are icons (both sides) or pixels (either side). */
const ICON_SIDE = 32;
const PIXEL_SIDE = 2;

/** Restores lazy images under `root` and removes pixels and icons; returns how many images it dropped. */
export function restoreLazyImages(root: Element): number {
  // getElementsByTagName, not querySelectorAll: much cheaper in jsdom, and this runs on whole pages.
  unwrapNoscriptImages(root);
  for (const source of Array.from(root.getElementsByTagName('source'))) {
    if (source.parentElement?.tagName === 'PICTURE') copyFirst(source, LAZY_SRCSET, 'srcset');
  }
  let dropped = 0;
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    restore(img);
    if (isPixelOrIcon(img)) {
      img.remove();
      dropped++;
    }
  }
  return dropped;
}

function restore(img: Element): void {
  const src = img.getAttribute('src')?.trim() ?? '';
  if (!src || PLACEHOLDER.test(src)) copyFirst(img, LAZY_SRC, 'src');
  const srcset = img.getAttribute('srcset')?.trim() ?? '';
  if (!srcset || PLACEHOLDER.test(srcset)) copyFirst(img, LAZY_SRCSET, 'srcset');
  // Still no src, but a srcset: its first candidate is a real image.
  const restored = img.getAttribute('src')?.trim() ?? '';
  if ((!restored || PLACEHOLDER.test(restored)) && img.getAttribute('srcset')) {
    const first = img.getAttribute('srcset')!.trim().split(/\s+/)[0];
    if (first && !PLACEHOLDER.test(first)) img.setAttribute('src', first.replace(/,$/, ''));
  }
  if (img.getAttribute('loading') === 'lazy') img.removeAttribute('loading');
}

function copyFirst(el: Element, from: readonly string[], to: string): void {
  for (const name of from) {
    const value = el.getAttribute(name)?.trim();
    if (value && !PLACEHOLDER.test(value)) {
      el.setAttribute(to, value);
      return;
    }
  }
}

const STYLE_SIDE = {
  width: /(?:^|;)\s*width\s*:\s*(\d+(?:\.\d+)?)px/i,
  height: /(?:^|;)\s*height\s*:\s*(\d+(?:\.\d+)?)px/i,
};

function side(img: Element, name: 'width' | 'height'): number | null {
  const attr = img.getAttribute(name);
  const style = img.getAttribute('style');
  const fromStyle = style ? STYLE_SIDE[name].exec(style) : null;
  const value = Number(attr ?? fromStyle?.[1] ?? NaN);
  return Number.isFinite(value) && (attr !== null || fromStyle) ? value : null;
}

function isPixelOrIcon(img: Element): boolean {
  const src = img.getAttribute('src') ?? '';
  if (TRACKER.test(src)) return true;
  const width = side(img, 'width');
  const height = side(img, 'height');
  if ((width !== null && width <= PIXEL_SIDE) || (height !== null && height <= PIXEL_SIDE)) return true;
  return width !== null && height !== null && width <= ICON_SIDE && height <= ICON_SIDE;
}

/**
 * `<noscript><img …></noscript>` after a placeholder: the noscript image replaces it. jsdom parses noscript content
 * as elements; a browser with scripting on keeps it as text, from which the image's attributes are read.
 */
function unwrapNoscriptImages(root: Element): void {
  for (const noscript of Array.from(root.getElementsByTagName('noscript'))) {
    const attributes = noscriptImage(noscript);
    if (!attributes) continue;
    const previous = noscript.previousElementSibling;
    const placeholder = previous?.tagName === 'IMG' ? previous : previous?.querySelector('img');
    const doc = noscript.ownerDocument;
    const img = placeholder && isPlaceholder(placeholder) ? placeholder : doc.createElement('img');
    for (const [name, value] of attributes) img.setAttribute(name, value);
    if (!img.parentNode) noscript.before(img);
    noscript.remove();
  }
}

function isPlaceholder(img: Element): boolean {
  const src = img.getAttribute('src')?.trim() ?? '';
  return !src || PLACEHOLDER.test(src) || LAZY_SRC.some((name) => img.hasAttribute(name));
}

const IMG_ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const KEPT = new Set(['src', 'srcset', 'alt', 'width', 'height', 'sizes', 'title']);

function noscriptImage(noscript: Element): [string, string][] | null {
  const element = noscript.querySelector('img');
  if (element) {
    if (noscript.querySelectorAll('img').length !== 1) return null;
    return element.getAttributeNames().filter((name) => KEPT.has(name)).map((name) => [name, element.getAttribute(name) ?? '']);
  }
  const text = noscript.textContent ?? '';
  const tags = text.match(/<img\b[^>]*>/gi);
  if (!tags || tags.length !== 1) return null;
  const attributes: [string, string][] = [];
  for (const [, name, a, b, c] of tags[0]!.matchAll(IMG_ATTRIBUTE)) {
    const lower = name!.toLowerCase();
    if (KEPT.has(lower)) attributes.push([lower, decodeEntities(a ?? b ?? c ?? '')]);
  }
  return attributes.some(([name]) => name === 'src' || name === 'srcset') ? attributes : null;
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
