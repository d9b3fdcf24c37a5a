import { embedTarget, mayBeEmbedAddress, PROVIDER_HOST, webUrl, type EmbedProvider } from './embed-providers';
import { ELEMENT_NODE, TEXT_NODE } from '../node-types';

/**
 * Embedded media as a safe card: a YouTube or Vimeo player, a post from X, Instagram or TikTok, a Spotify or
 * SoundCloud player, a CodePen, a Gist, an `<audio>` or `<video>` element becomes
 *
 *   <figure class="embed embed-youtube">
 *     <p><small>YouTube</small></p>
 *     <p><a href="https://www.youtube.com/watch?v=…">the title, when the page gives one</a></p>
 *     <blockquote>the post's text, for posts the page quotes</blockquote>
 *     <figcaption>the page's caption, if any</figcaption>
 *   </figure>
 *
 * No frame, script or media survives, so nothing is fetched from the provider until the reader follows the
 * link. Readability would drop most players without a trace ("watch it here!" and nothing to watch).
 * Runs on the private copy before Readability; later stages can tell a card by its `embed` class.
 */

export const EMBED_CLASS = 'embed';

interface Embed {
  provider: { id: string; name: string };
  href: string;
  title: string | null;
  quote: string | null;
}

const LAZY_SRC = ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-url'];
const STRUCTURAL = new Set(['body', 'main', 'article', 'section', 'html']);
const TITLE_MAX = 200;
const QUOTE_MAX = 600;

function clean(text: string | null | undefined, max: number): string | null {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!value) return null;
  return value.length > max ? value.slice(0, max - 1).trimEnd() + '…' : value;
}

function firstSource(el: Element): string | null {
  for (const name of LAZY_SRC) {
    const value = el.getAttribute(name)?.trim();
    if (value && !value.startsWith('about:') && !value.startsWith('data:')) return value;
  }
  return null;
}

/** A title the page gives the embed, not a generic one ("YouTube video player"). */
function embedTitle(el: Element): string | null {
  const title = clean(el.getAttribute('title') ?? el.getAttribute('aria-label') ?? el.getAttribute('playlabel') ?? el.getAttribute('data-title'), TITLE_MAX);
  if (!title || /^(?:youtube|vimeo|spotify|soundcloud|codepen|tiktok|instagram|twitter|x)(?: (?:video|embed|player|post|video player|embed player|widget))*$/i.test(title)) return null;
  if (/^(?:embedded content|video player|iframe|embed)$/i.test(title)) return null;
  return title;
}

function mediaEmbed(el: Element, base: string): Embed | null {
  // A looping, playing-by-itself video without controls is a moving backdrop, not something to watch.
  if (!el.hasAttribute('controls') && (el.hasAttribute('autoplay') || el.hasAttribute('loop'))) return null;
  const source = firstSource(el) ?? Array.from(el.getElementsByTagName('source')).map(firstSource).find(Boolean) ?? null;
  const url = source ? webUrl(source, base) : null;
  if (!url) return null;
  const hosted = embedTarget(url.href, base);
  if (hosted) return { provider: hosted.provider, href: hosted.href, title: embedTitle(el), quote: null };
  const file = decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.hostname;
  return { provider: { id: el.localName, name: url.hostname.replace(/^www\./, '') }, href: url.href, title: embedTitle(el) ?? clean(file, TITLE_MAX), quote: null };
}

/** The embed an element stands for, or null when it is not one. */
function embedOf(el: Element, base: string): Embed | null {
  const tag = el.localName;
  const withProvider = (address: string | null, title: string | null, quote: string | null = null): Embed | null => {
    const target = address ? embedTarget(address, base) : null;
    return target ? { provider: target.provider, href: target.href, title, quote } : null;
  };
  if (tag === 'iframe' || tag === 'embed') return withProvider(firstSource(el), embedTitle(el));
  if (tag === 'object') return withProvider(el.getAttribute('data') ?? el.querySelector('param[name="movie"]')?.getAttribute('value') ?? null, embedTitle(el));
  if (tag === 'lite-youtube') {
    const id = el.getAttribute('videoid');
    return id ? withProvider(`https://www.youtube.com/embed/${id}`, embedTitle(el)) : null;
  }
  if (tag === 'lite-vimeo') {
    const id = el.getAttribute('videoid');
    return id ? withProvider(`https://player.vimeo.com/video/${id}`, embedTitle(el)) : null;
  }
  if (tag === 'script') return withProvider(el.getAttribute('src'), null);
  if (tag === 'video' || tag === 'audio') return mediaEmbed(el, base);
  if (tag === 'blockquote') {
    const classes = el.getAttribute('class') ?? '';
    const quote = clean(Array.from(el.querySelectorAll('p')).map((p) => p.textContent).join(' ') || null, QUOTE_MAX);
    if (/\btwitter-tweet\b|\btwitter-video\b/.test(classes)) {
      const status = Array.from(el.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')!).reverse().find((href) => /\/status(?:es)?\/\d+/.test(href));
      return withProvider(status ?? null, null, quote);
    }
    if (/\binstagram-media\b/.test(classes)) return withProvider(el.getAttribute('data-instgrm-permalink') ?? el.querySelector('a[href*="instagram.com/"]')?.getAttribute('href') ?? null, null, quote);
    if (/\btiktok-embed\b/.test(classes)) return withProvider(el.getAttribute('cite'), null, quote);
  }
  return null;
}

const SELECTOR = 'iframe, embed, object, lite-youtube, lite-vimeo, script[src], video, audio, blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed';

/** Climbs out of wrappers that hold only the embed (and scripts, empty boxes); returns it and a caption found. */
function outerWrapper(el: Element, root: Element): { block: Element; caption: string | null } {
  let block = el;
  let caption: string | null = null;
  for (let depth = 0; depth < 6; depth++) {
    const parent = block.parentElement;
    if (!parent || parent === root || STRUCTURAL.has(parent.localName) || parent.localName === 'p' && (parent.textContent ?? '').trim() !== (block.textContent ?? '').trim()) break;
    let onlyEmbed = true;
    let found: string | null = null;
    for (let child = parent.firstChild; child && onlyEmbed; child = child.nextSibling) {
      if (child === block) continue;
      if (child.nodeType === TEXT_NODE) onlyEmbed = !(child.nodeValue ?? '').trim();
      else if (child.nodeType === ELEMENT_NODE) {
        const other = child as Element;
        if (other.localName === 'figcaption' && parent.localName === 'figure') found = clean(other.textContent, QUOTE_MAX);
        else onlyEmbed = ['script', 'noscript', 'style', 'template'].includes(other.localName) || (!(other.textContent ?? '').trim() && other.querySelector('img, picture') === null);
      }
    }
    if (!onlyEmbed) break;
    block = parent;
    caption = found ?? caption;
  }
  return { block, caption };
}

function card(doc: Document, embed: Embed, caption: string | null): Element {
  const figure = doc.createElement('figure');
  figure.setAttribute('class', `${EMBED_CLASS} ${EMBED_CLASS}-${embed.provider.id}`);
  const label = doc.createElement('p');
  const small = doc.createElement('small');
  small.textContent = embed.provider.name;
  label.append(small);
  const line = doc.createElement('p');
  const link = doc.createElement('a');
  link.setAttribute('href', embed.href);
  link.textContent = embed.title ?? embed.href.replace(/^https?:\/\/(?:www\.)?/, '');
  line.append(link);
  figure.append(label, line);
  if (embed.quote) {
    const quote = doc.createElement('blockquote');
    quote.textContent = embed.quote;
    figure.append(quote);
  }
  if (caption) {
    const figcaption = doc.createElement('figcaption');
    figcaption.textContent = caption;
    figure.append(figcaption);
  }
  return figure;
}

/**
 * Whether `embedCards` may change anything under `root`: an element it would make a card of. Where it answers
 * false the stage changes nothing, so the page loads the stage only then (special-markup-check.ts).
 */
export function hasEmbedMarkup(root: Element, base: string): boolean {
  // A superset of `embedOf`, without most of its address parsing: media and the players known by tag or class
  // always count; a frame or script only when an address may be a provider's (`mayBeEmbedAddress`), or may
  // resolve to one (a relative address on a provider's own page).
  const relativeMayResolve = PROVIDER_HOST.test(base);
  return Array.from(root.querySelectorAll(SELECTOR)).some((el) => {
    if (!['iframe', 'embed', 'object', 'script'].includes(el.localName) || relativeMayResolve) return true;
    const addresses = [el, ...Array.from(el.getElementsByTagName('param'))].flatMap((holder) => Array.from(holder.attributes, (attribute) => attribute.value));
    return addresses.some((address) => mayBeEmbedAddress(address, base));
  });
}

/**
 * Replaces the embeds under `root` with cards; `base` resolves relative addresses. Returns the classes it wrote,
 * for Readability to keep.
 */
export function embedCards(root: Element, base: string): Set<string> {
  const classes = new Set<string>();
  for (const el of Array.from(root.querySelectorAll(SELECTOR))) {
    if (!root.contains(el)) continue;
    const embed = embedOf(el, base);
    if (!embed) continue;
    const { block, caption } = outerWrapper(el, root);
    // One card per item where the page renders one item twice in a row (a post's blockquote, then its frame).
    const previous = block.previousElementSibling;
    if (previous?.classList.contains(EMBED_CLASS) && previous.querySelector('a')?.getAttribute('href') === embed.href) {
      block.remove();
      continue;
    }
    block.replaceWith(card(el.ownerDocument, embed, caption));
    classes.add(EMBED_CLASS).add(`${EMBED_CLASS}-${embed.provider.id}`);
  }
  return classes;
}

export type { EmbedProvider };
