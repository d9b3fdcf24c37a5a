import { ELEMENT_NODE, TEXT_NODE } from '../node-types';

/**
 * Shape measurements of every element under a root, computed in one bottom-up pass so rules can ask "how much
 * text, how many links, controls, long paragraphs..." of any block without walking its subtree again.
 */

export interface BlockStats {
  /** Non-whitespace characters of visible text. */
  chars: number;
  /** Of which inside links. */
  linkChars: number;
  /** `<p>` elements with at least PROSE_PARAGRAPH_CHARS characters: article prose. */
  longParagraphs: number;
  headings: number;
  h1s: number;
  /** Buttons, form fields and elements with role=button. */
  controls: number;
  links: number;
  images: number;
  /** Images whose path or alt text says reaction, emoji or emoticon. */
  reactionIcons: number;
  /** `data-reaction`-like attributes and `addReaction`-like handlers. */
  reactionHooks: number;
  /** Links to a social network's share endpoint. */
  shareLinks: number;
  emailInputs: number;
  radios: number;
  textareas: number;
  tagLinks: number;
  sponsoredLinks: number;
}

/** Length (non-whitespace characters) from which a paragraph counts as prose. */
export const PROSE_PARAGRAPH_CHARS = 120;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'MATH', 'math']);

const SHARE_ENDPOINT =
  /facebook\.com\/(sharer|share\.php|dialog\/share)|(twitter|x)\.com\/(intent|share)|linkedin\.com\/(share|sharearticle|cws\/share)|(api\.)?whatsapp\.com\/send|wa\.me\/\?|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|t\.me\/share|telegram\.me\/share|tumblr\.com\/(share|widgets\/share)|vk\.com\/share|flipboard\.com\/bookmarklet|bsky\.app\/intent|threads\.net\/intent|^mailto:\?/i;
const REACTION_ICON = /\/(reactions?|emojis?|emoticons?|emotes?|smilies|smileys|emotions?)\/|reaction|emoji/i;
// Not data-reactid/data-reactroot: React renders those on every element.
const HOOK_ATTRIBUTE = /^data-(reactions?|react|emojis?|emotions?|emote|mood|votes?|feeling)(-[\w-]*)?$/;
const HOOK_HANDLER = /react|emoji|emotion|emote|vote|mood/i;

function emptyStats(): BlockStats {
  return {
    chars: 0, linkChars: 0, longParagraphs: 0, headings: 0, h1s: 0, controls: 0, links: 0, images: 0,
    reactionIcons: 0, reactionHooks: 0, shareLinks: 0, emailInputs: 0, radios: 0, textareas: 0, tagLinks: 0,
    sponsoredLinks: 0,
  };
}

/** Adds (or, with sign -1, subtracts) one block's measurements; written out, as this runs for every element. */
export function addStats(into: BlockStats, from: BlockStats, sign = 1): void {
  into.chars += sign * from.chars;
  into.linkChars += sign * from.linkChars;
  into.longParagraphs += sign * from.longParagraphs;
  into.headings += sign * from.headings;
  into.h1s += sign * from.h1s;
  into.controls += sign * from.controls;
  into.links += sign * from.links;
  into.images += sign * from.images;
  into.reactionIcons += sign * from.reactionIcons;
  into.reactionHooks += sign * from.reactionHooks;
  into.shareLinks += sign * from.shareLinks;
  into.emailInputs += sign * from.emailInputs;
  into.radios += sign * from.radios;
  into.textareas += sign * from.textareas;
  into.tagLinks += sign * from.tagLinks;
  into.sponsoredLinks += sign * from.sponsoredLinks;
}

function nonSpaceLength(text: string | null): number {
  if (!text) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 160 && c !== 12) n++;
  }
  return n;
}

/** Adds what the element itself (not its children) contributes. */
function countOwn(el: Element, s: BlockStats): void {
  switch (el.tagName) {
    case 'A': {
      s.linkChars = s.chars;
      const href = el.getAttribute('href');
      if (href !== null) {
        s.links++;
        if (SHARE_ENDPOINT.test(href)) s.shareLinks++;
      }
      const rel = el.getAttribute('rel');
      if (rel) {
        if (/\btag\b/i.test(rel)) s.tagLinks++;
        if (/\bsponsored\b/i.test(rel)) s.sponsoredLinks++;
      }
      break;
    }
    case 'P':
      if (s.chars >= PROSE_PARAGRAPH_CHARS) s.longParagraphs++;
      break;
    case 'H1':
      s.h1s++;
      s.headings++;
      break;
    // An empty heading titles nothing (a hidden dialog's, filled by script when it opens).
    case 'H2': case 'H3': case 'H4': case 'H5': case 'H6':
      if (s.chars > 0) s.headings++;
      break;
    case 'BUTTON': case 'SELECT':
      s.controls++;
      break;
    case 'TEXTAREA':
      s.controls++;
      s.textareas++;
      break;
    case 'INPUT': {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'hidden') break;
      s.controls++;
      if (type === 'radio') s.radios++;
      else if (type === 'email' || /mail/i.test(`${el.getAttribute('name')} ${el.getAttribute('placeholder')}`)) s.emailInputs++;
      break;
    }
    case 'IMG': {
      s.images++;
      const src = `${el.getAttribute('src') ?? ''} ${el.getAttribute('class') ?? ''}`;
      if (REACTION_ICON.test(src)) s.reactionIcons++;
      break;
    }
    case 'SVG': case 'svg':
      s.images++;
      break;
  }
  for (const name of el.getAttributeNames()) {
    if (name === 'role') {
      if (el.getAttribute('role') === 'button') s.controls++;
    } else if (name === 'onclick') {
      if (HOOK_HANDLER.test(el.getAttribute('onclick') ?? '')) s.reactionHooks++;
    } else if (name.startsWith('data-') && HOOK_ATTRIBUTE.test(name)) {
      s.reactionHooks++;
    }
  }
}

/** Above this size a block's signature is not kept: it is no single widget. */
export const MAX_SIGNATURE_CHARS = 1200;

export interface Measurements {
  stats: Map<Element, BlockStats>;
  /** The paragraphs of prose (PROSE_PARAGRAPH_CHARS and longer), in document order. */
  proseParagraphs: Element[];
  /**
   * The raw signature of each block up to MAX_SIGNATURE_CHARS: its text plus the labels of images and icon-only
   * controls, built from the children's in the same pass (string concatenation, no second walk).
   */
  signatures: Map<Element, string>;
}

/** Measures every element under (and including) `root`. */
export function measure(root: Element): Measurements {
  const stats = new Map<Element, BlockStats>();
  const signatures = new Map<Element, string>();
  const proseParagraphs: Element[] = [];
  const visit = (el: Element): BlockStats => {
    const s = emptyStats();
    let sig = '';
    const tag = el.tagName;
    if (tag === 'IMG' || tag === 'svg' || tag === 'SVG') {
      sig = imageLabel(el);
    } else if (!SKIPPED.has(tag)) {
      for (let node = el.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === TEXT_NODE) {
          const value = node.nodeValue ?? '';
          s.chars += nonSpaceLength(value);
          if (s.chars <= MAX_SIGNATURE_CHARS) sig += value;
        } else if (node.nodeType === ELEMENT_NODE) {
          const child = node as Element;
          addStats(s, visit(child));
          if (s.chars <= MAX_SIGNATURE_CHARS) sig += signatures.get(child) ?? '';
        }
      }
      // An icon-only button or link speaks through its label.
      if (s.chars === 0 && !sig.trim()) sig = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '';
      sig = BLOCK_TAGS.has(tag) ? ` ${sig} ` : sig;
    }
    const before = s.longParagraphs;
    countOwn(el, s);
    if (s.longParagraphs > before) proseParagraphs.push(el);
    stats.set(el, s);
    if (s.chars <= MAX_SIGNATURE_CHARS) signatures.set(el, sig);
    return s;
  };
  visit(root);
  return { stats, signatures, proseParagraphs };
}

/** Elements whose text never runs into their neighbours'. */
const BLOCK_TAGS = new Set([
  'DIV', 'P', 'LI', 'UL', 'OL', 'TD', 'TH', 'TR', 'BUTTON', 'SECTION', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LABEL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'FORM', 'BR', 'A', 'SPAN',
]);

function imageLabel(img: Element): string {
  const label = img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? img.getAttribute('title');
  if (label !== null && label.trim()) return ` ${label} `;
  if (img.tagName !== 'IMG') return ' ';
  // No alt: the file name often names the reaction ("/reactions/love.png").
  const src = img.getAttribute('src') ?? '';
  const file = /([^/?#]+?)(\.[a-z0-9]+)?(?:[?#].*)?$/i.exec(src)?.[1] ?? '';
  return /^[a-z][a-z-]{1,15}$/i.test(file) ? ` ${file.replace(/-/g, ' ')} ` : ' ';
}
