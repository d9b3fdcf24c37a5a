import { JSDOM, VirtualConsole } from 'jsdom';
import { fnv1a } from './page-split';
import type { WidgetVariant } from './widget-corpus';
import { splitHeading, type Position } from './widget-pages';

/**
 * Harder versions of the development widgets, to judge whether the engine finds a widget by what it is rather than
 * by what its markup calls it or which English words it uses:
 * - `anonymous`: every class and id replaced by a meaningless token (the same token for the same name, so repeated
 *   items still repeat), data-* attributes and inline handlers dropped, and the folders of image addresses
 *   renamed ("/plugins/wyr/images/emoji/lol.svg" becomes "/assets/k3f9/lol.svg");
 * - `relabelled`: the visible words (text, alt text, aria-label, title) of English widgets put into one of the
 *   other languages the product ships (German, French, Spanish, chosen by a hash of the variant's name) by a table
 *   of engagement phrases and words written here, and the items of each row of like items put in another order;
 *   the must-drop strings are translated with the same table.
 * - `heading-ways`: the widget's heading or caption (its own, or the one its theme prints) taken out of the box and
 *   set beside it in the ways real themes do: a heading element before it, a `<p><strong>` line, a short `<div>` or
 *   `<span>` line, a caption after the box, or box and caption wrapped together in an anonymous `<div>`; each with its
 *   closing "?"/":" or without it. The caption is always a must-drop string. Variants without a caption are left out.
 * - `restyled`: the markup a different theme would print for the same widget: buttons drawn as script links
 *   (`<a href="#">`) or as `<span role="button">`, list items as `<div>`s, every item of a row of like items
 *   wrapped one level deeper, and counts of a thousand or more written another way ("1,204" as "1.2K", "1 204" or
 *   "1.204", by a hash of the variant); the must-drop strings' counts are rewritten the same way.
 * All are built from development families only; the held-back families are never opened.
 */

export const VARIATIONS = ['plain', 'anonymous', 'relabelled', 'heading-ways', 'restyled'] as const;
export type Variation = (typeof VARIATIONS)[number];

/** Marks the variant's heading so its selector still finds it once class names are gone. */
const HEADING_MARK = 'data-bench-heading';

function parse(html: string): JSDOM {
  return new JSDOM(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, { virtualConsole: new VirtualConsole() });
}

/** A child-index path from the body to `el`, as a selector `querySelector` on the body understands. */
function pathSelector(el: Element, body: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== body; node = node.parentElement) {
    steps.unshift(`:nth-child(${[...node.parentElement!.children].indexOf(node) + 1})`);
  }
  return `:scope > ${steps.join(' > ')}`;
}

const token = (seed: string, name: string): string => `x${fnv1a(`${seed}:${name}`).toString(36).slice(0, 5)}`;

function anonymize(variant: WidgetVariant): WidgetVariant {
  const dom = parse(variant.html);
  const doc = dom.window.document;
  try {
    if (variant.heading) doc.body.querySelector(variant.heading)?.setAttribute(HEADING_MARK, '');
    const seed = `${variant.family}/${variant.name}`;
    for (const el of doc.body.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) {
        const value = el.getAttribute(name) ?? '';
        if (name === 'class') el.setAttribute('class', value.split(/\s+/).filter(Boolean).map((c) => token(seed, c)).join(' '));
        else if (name === 'id') el.setAttribute('id', token(seed, value));
        else if ((name.startsWith('data-') && name !== HEADING_MARK) || name.startsWith('on')) el.removeAttribute(name);
        else if (name === 'src' && /^(https?:)?\/\//.test(value)) {
          el.setAttribute(name, value.replace(/^((?:https?:)?\/\/[^/]+)\/(?:[^?#\s]*\/)?/g, (_, host: string) => `${host}/assets/${token(seed, value).slice(1)}/`));
        }
      }
    }
    const marked = doc.body.querySelector(`[${HEADING_MARK}]`);
    const heading = marked ? pathSelector(marked, doc.body) : undefined;
    marked?.removeAttribute(HEADING_MARK);
    return { ...variant, name: `${variant.name}~anonymous`, html: doc.body.innerHTML, heading };
  } finally {
    dom.window.close();
  }
}

type Language = 'de' | 'fr' | 'es';
const TARGETS: Language[] = ['de', 'fr', 'es'];

/**
 * Engagement phrases of the development widgets and common reaction words, in the shipped languages (our own
 * translations). Longer phrases first, so a phrase wins over the words inside it.
 */
const PHRASES: [en: string, de: string, fr: string, es: string][] = [
  ["What's Your Reaction?", 'Wie reagieren Sie?', 'Quelle est votre réaction ?', '¿Cuál es tu reacción?'],
  ['What’s your Reaction?', 'Wie reagieren Sie?', 'Quelle est votre réaction ?', '¿Cuál es tu reacción?'],
  ['How did this story make you feel?', 'Wie hat Sie diese Geschichte berührt?', 'Que vous inspire cet article ?', '¿Qué te ha hecho sentir esta noticia?'],
  ['Reader reactions', 'Reaktionen der Leser', 'Réactions des lecteurs', 'Reacciones de los lectores'],
  ['Was this post helpful?', 'War dieser Beitrag hilfreich?', 'Cet article vous a-t-il été utile ?', '¿Te ha resultado útil esta entrada?'],
  ['That’s the only way we can improve.', 'Nur so können wir besser werden.', "C'est ainsi que nous progressons.", 'Solo así podemos mejorar.'],
  ['Powered by Helpful', 'Bereitgestellt von Helpful', 'Propulsé par Helpful', 'Con la tecnología de Helpful'],
  ['Did this answer your question?', 'Hat das Ihre Frage beantwortet?', 'Cela a-t-il répondu à votre question ?', '¿Ha respondido esto a tu pregunta?'],
  ['Thanks for the feedback', 'Danke für Ihre Rückmeldung', 'Merci pour votre avis', 'Gracias por tu opinión'],
  ['Like this:', 'Gefällt mir:', "J'aime ceci :", 'Me gusta esto:'],
  ['Share this:', 'Teilen mit:', 'Partager :', 'Compartir:'],
  ['Loading...', 'Wird geladen...', 'Chargement...', 'Cargando...'],
  ['Vote on this story', 'Stimmen Sie über diesen Artikel ab', 'Votez pour cet article', 'Vota esta noticia'],
  ['Share this article', 'Artikel teilen', 'Partager cet article', 'Comparte este artículo'],
  ['Spread the word', 'Weitersagen', 'Faites passer le mot', 'Corre la voz'],
  ['Stay Connected', 'Bleiben Sie in Verbindung', 'Restez connectés', 'Mantente conectado'],
  ['Did you find this article useful?', 'Fanden Sie diesen Artikel nützlich?', 'Cet article vous a-t-il été utile ?', '¿Te ha parecido útil este artículo?'],
  ['Rate this story', 'Bewerten Sie diesen Artikel', 'Notez cet article', 'Valora esta noticia'],
  ['What did you think of this article?', 'Wie fanden Sie diesen Artikel?', "Qu'avez-vous pensé de cet article ?", '¿Qué te ha parecido este artículo?'],
  ['votes, average:', 'Stimmen, Durchschnitt:', 'votes, moyenne :', 'votos, media:'],
  ['out of 5', 'von 5', 'sur 5', 'de 5'],
  ['Like this article?', 'Gefällt Ihnen dieser Artikel?', 'Vous aimez cet article ?', '¿Te gusta este artículo?'],
  ['Liked by readers', 'Von Lesern gemocht', 'Aimé par les lecteurs', 'Les gusta a los lectores'],
  ['Rate this recipe', 'Bewerten Sie dieses Rezept', 'Notez cette recette', 'Valora esta receta'],
  ['liked this', 'gefällt das', 'a aimé ceci', 'le gustó esto'],
  ['reblogged this from', 'hat das weitergebloggt von', 'a reblogué ceci depuis', 'rebloggeó esto de'],
  ['notes', 'Notizen', 'notes', 'notas'],
  ['Stars', 'Sterne', 'étoiles', 'estrellas'],
  ['Star', 'Stern', 'étoile', 'estrella'],
  ['votes', 'Stimmen', 'votes', 'votos'],
  ['vote', 'Stimme', 'vote', 'voto'],
  ['Share', 'Teilen', 'Partager', 'Compartir'],
  ['Tweet', 'Twittern', 'Tweeter', 'Tuitear'],
  ['Follow', 'Folgen', 'Suivre', 'Seguir'],
  ['Followers', 'Follower', 'Abonnés', 'Seguidores'],
  ['Fans', 'Fans', 'Fans', 'Fans'],
  ['Subscribers', 'Abonnenten', 'Abonnés', 'Suscriptores'],
  ['Like', 'Gefällt mir', "J'aime", 'Me gusta'],
  ['Likes', 'Likes', "J'aime", 'Me gusta'],
  ['Dislike', 'Gefällt mir nicht', "Je n'aime pas", 'No me gusta'],
  ['Love', 'Liebe', 'Adore', 'Me encanta'],
  ['Funny', 'Lustig', 'Drôle', 'Divertido'],
  ['Angry', 'Wütend', 'En colère', 'Enfadado'],
  ['Sad', 'Traurig', 'Triste', 'Triste'],
  ['Cute', 'Süß', 'Mignon', 'Tierno'],
  ['Happy', 'Fröhlich', 'Content', 'Feliz'],
  ['Surprised', 'Überrascht', 'Surpris', 'Sorprendido'],
  ['Yes', 'Ja', 'Oui', 'Sí'],
  ['No', 'Nein', 'Non', 'No'],
  ['Clap', 'Applaus', 'Applaudir', 'Aplaudir'],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASE_PATTERN = new RegExp(
  PHRASES.map(([en]) => en)
    .sort((a, b) => b.length - a.length)
    .map((en) => `(?<![\\p{L}])${escape(en)}(?![\\p{L}])`)
    .join('|'),
  'giu',
);
const TARGET_INDEX: Record<Language, 1 | 2 | 3> = { de: 1, fr: 2, es: 3 };

function translate(text: string, to: Language): string {
  return text.replace(PHRASE_PATTERN, (match) => {
    const row = PHRASES.find(([en]) => en.toLowerCase() === match.toLowerCase());
    return row ? row[TARGET_INDEX[to]] : match;
  });
}

/** Rows of like items (three or more children of one tag) get their children in another, fixed order. */
function shuffleRows(root: Element, seed: string): void {
  for (const row of root.querySelectorAll('*')) {
    const children = [...row.children];
    if (children.length < 3 || children.some((child) => child.tagName !== children[0]!.tagName)) continue;
    const order = children.map((child, i) => [fnv1a(`${seed}#${i}`), child] as const).sort((a, b) => a[0] - b[0]);
    for (const [, child] of order) row.appendChild(child);
  }
}

function relabel(variant: WidgetVariant): WidgetVariant | null {
  if (variant.language.split('-')[0] !== 'en') return null;
  const to = TARGETS[fnv1a(`${variant.family}/${variant.name}`) % TARGETS.length]!;
  const dom = parse(variant.html);
  const doc = dom.window.document;
  try {
    if (variant.heading) doc.body.querySelector(variant.heading)?.setAttribute(HEADING_MARK, '');
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = translate(node.nodeValue ?? '', to);
    for (const el of doc.body.querySelectorAll('[alt], [aria-label], [title]')) {
      for (const name of ['alt', 'aria-label', 'title']) {
        const value = el.getAttribute(name);
        if (value) el.setAttribute(name, translate(value, to));
      }
    }
    shuffleRows(doc.body, variant.name);
    const marked = doc.body.querySelector(`[${HEADING_MARK}]`);
    const heading = marked ? pathSelector(marked, doc.body) : undefined;
    marked?.removeAttribute(HEADING_MARK);
    return {
      ...variant,
      name: `${variant.name}~${to}`,
      language: to,
      html: doc.body.innerHTML,
      heading,
      outsideHeading: variant.outsideHeading ? translate(variant.outsideHeading, to) : undefined,
      mustDrop: variant.mustDrop.map((drop) => translate(drop, to)),
    };
  } finally {
    dom.window.close();
  }
}

/** How a theme sets a widget's caption beside its box. */
const HEADING_WAYS = ['heading-element', 'bold-line', 'short-line', 'caption-after', 'wrapped'] as const;
type HeadingWay = (typeof HEADING_WAYS)[number];

/** Hosts per variant for a variation, when the command line does not say (heading-ways has five times the variants). */
export const VARIATION_HOSTS_PER_VARIANT: Partial<Record<Variation, number>> = { 'heading-ways': 2 };

/**
 * The positions of the heading-ways pages: the caption already sits outside the box, so the generator's own
 * heading-outside position would only repeat after-body.
 */
const HEADING_WAYS_POSITIONS: readonly Position[] = ['before-body', 'between-paragraphs', 'after-body', 'sibling-of-body'];

const CLOSING_MARK = /\s*[?!:.？！：]+$/u;

/** The caption with its closing mark, or without it: "Like this:" and "Like this", "Stay Connected:" and "Stay Connected". */
function punctuate(caption: string, withMark: boolean): string {
  const bare = caption.replace(CLOSING_MARK, '');
  if (!withMark) return bare;
  return bare === caption ? `${bare}:` : caption;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function captionText(headingHtml: string): string {
  const dom = parse(headingHtml);
  try {
    return (dom.window.document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
  } finally {
    dom.window.close();
  }
}

/** The box and its caption, as a theme that prints the caption `way` would render them. */
function setCaption(box: string, caption: string, way: HeadingWay, seed: string): string {
  const text = escapeHtml(caption);
  const pick = <T>(options: readonly T[]): T => options[fnv1a(`${seed}:${way}`) % options.length]!;
  switch (way) {
    case 'heading-element': {
      const tag = pick(['h2', 'h3', 'h4']);
      return `<${tag}>${text}</${tag}>\n${box}`;
    }
    case 'bold-line':
      return `<p><strong>${text}</strong></p>\n${box}`;
    case 'short-line': {
      const tag = pick(['div', 'span']);
      return `<${tag}>${text}</${tag}>\n${box}`;
    }
    case 'caption-after': {
      const [open, close] = pick([['<p>', '</p>'], ['<div>', '</div>'], ['<p><em>', '</em></p>']] as const);
      return `${box}\n${open}${text}${close}`;
    }
    case 'wrapped': {
      const inner = pick([`<h3>${text}</h3>`, `<p><strong>${text}</strong></p>`, `<div>${text}</div>`]);
      return `<div>\n${inner}\n${box}\n</div>`;
    }
  }
}

/**
 * One variant per way of setting its caption, with or without the closing mark (by a hash of the variant and the
 * way); the caption, as set, replaces the must-drop string that was the heading, or is added to them.
 */
function headingWays(variant: WidgetVariant): WidgetVariant[] {
  const { box, heading } = splitHeading(variant);
  const original = heading ? captionText(heading) : '';
  if (!original) return [];
  const same = (a: string, b: string): boolean => a.replace(CLOSING_MARK, '').toLowerCase() === b.replace(CLOSING_MARK, '').toLowerCase();
  return HEADING_WAYS.map((way) => {
    const seed = `${variant.family}/${variant.name}`;
    const withMark = fnv1a(`${seed}~${way}`) % 2 === 0;
    const caption = punctuate(original, withMark);
    const mustDrop = [caption.replace(CLOSING_MARK, ''), ...variant.mustDrop.filter((drop) => !same(drop, original))];
    return {
      ...variant,
      name: `${variant.name}~${way}${withMark ? '' : '-bare'}`,
      html: setCaption(box, caption, way, seed),
      heading: undefined,
      outsideHeading: undefined,
      mustDrop,
      positions: HEADING_WAYS_POSITIONS,
    };
  });
}

/** How a theme writes a count of a thousand or more. */
const COUNT_STYLES = ['compact', 'spaced', 'dotted'] as const;
type CountStyle = (typeof COUNT_STYLES)[number];
const LARGE_COUNT = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d{4,}(?![\d.,])/g;

function restyleCounts(text: string, style: CountStyle): string {
  return text.replace(LARGE_COUNT, (count) => {
    const n = Number(count.replace(/,/g, ''));
    if (style === 'compact') return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : `${(n / 1e3).toFixed(1)}K`;
    const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return style === 'spaced' ? grouped.replace(/,/g, '\u00a0') : grouped.replace(/,/g, '.');
  });
}

/** `el` replaced by an element of another tag, with its attributes and children. */
function retag(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  for (const name of el.getAttributeNames()) next.setAttribute(name, el.getAttribute(name) ?? '');
  while (el.firstChild) next.appendChild(el.firstChild);
  el.replaceWith(next);
  return next;
}

function restyle(variant: WidgetVariant): WidgetVariant {
  const seed = `${variant.family}/${variant.name}`;
  const style = COUNT_STYLES[fnv1a(`${seed}:counts`) % COUNT_STYLES.length]!;
  const dom = parse(variant.html);
  const doc = dom.window.document;
  try {
    if (variant.heading) doc.body.querySelector(variant.heading)?.setAttribute(HEADING_MARK, '');
    const asLinks = fnv1a(`${seed}:buttons`) % 2 === 0;
    for (const button of [...doc.body.querySelectorAll('button')]) {
      const next = retag(button, asLinks ? 'a' : 'span');
      next.removeAttribute('type');
      if (asLinks) next.setAttribute('href', '#');
      else next.setAttribute('role', 'button');
    }
    for (const item of [...doc.body.querySelectorAll('li')]) retag(item, 'div');
    for (const list of [...doc.body.querySelectorAll('ul, ol')]) retag(list, 'div');
    // Rows of like items (three or more children of one tag): each item one level deeper.
    for (const row of [...doc.body.querySelectorAll('*')]) {
      const children = [...row.children];
      if (children.length < 3 || children.some((child) => child.tagName !== children[0]!.tagName)) continue;
      const inline = ['A', 'SPAN', 'IMG', 'I', 'B', 'STRONG', 'EM'].includes(children[0]!.tagName);
      for (const child of children) {
        const wrapper = doc.createElement(inline ? 'span' : 'div');
        child.replaceWith(wrapper);
        wrapper.appendChild(child);
      }
    }
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = restyleCounts(node.nodeValue ?? '', style);
    const marked = doc.body.querySelector(`[${HEADING_MARK}]`);
    const heading = marked ? pathSelector(marked, doc.body) : undefined;
    marked?.removeAttribute(HEADING_MARK);
    return {
      ...variant,
      name: `${variant.name}~restyled`,
      html: doc.body.innerHTML,
      heading,
      mustDrop: variant.mustDrop.map((drop) => restyleCounts(drop, style)),
    };
  } finally {
    dom.window.close();
  }
}

/** The variants of a variation: the plain ones unchanged, the others rebuilt (English ones only, when relabelled). */
export function varyWidgets(variants: readonly WidgetVariant[], variation: Variation = 'plain'): WidgetVariant[] {
  if (variation === 'plain' || variation === undefined) return [...variants];
  if (variation === 'anonymous') return variants.map(anonymize);
  if (variation === 'heading-ways') return variants.flatMap(headingWays);
  if (variation === 'restyled') return variants.map(restyle);
  return variants.map(relabel).filter((v): v is WidgetVariant => v !== null);
}
