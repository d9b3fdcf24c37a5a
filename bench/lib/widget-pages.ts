import { JSDOM, VirtualConsole } from 'jsdom';
import { blockText } from '../../src/core/block-text';
import { fnv1a as stableHash } from './page-split';
import type { Host, WidgetVariant } from './widget-corpus';
import { containsPhrase, normalizeText, readableText } from './widget-match';

/**
 * The widget page generator: places a widget variant into a host article at a given position. Pure and
 * deterministic: the host's HTML is kept byte for byte and the widget's markup is spliced in at offsets the HTML
 * parser reports, so nothing else on the page changes.
 */

export const POSITIONS = ['before-body', 'between-paragraphs', 'after-body', 'sibling-of-body', 'heading-outside'] as const;
export type Position = (typeof POSITIONS)[number];

/** Where each position puts the widget, as offsets into the host's HTML. */
export interface HostAnchors {
  /** Before the first child of the body container that holds article text. */
  beforeBody: number;
  /** After the middle one of those children. */
  betweenParagraphs: number;
  /** After the last of them. */
  afterBody: number;
  /** After the body container's end tag: its next sibling. */
  afterContainer: number;
}

interface Located {
  startOffset: number;
  endOffset: number;
  startTag?: { startOffset: number; endOffset: number };
  endTag?: { startOffset: number; endOffset: number };
}

function parseLocated(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, includeNodeLocations: true, virtualConsole: new VirtualConsole() });
}

/** Where the generator places widgets in a host (see HostAnchors); throws when the host's body cannot be found. */
export function hostAnchors(host: Pick<Host, 'name' | 'html' | 'url' | 'bodySelector' | 'mustKeep'>): HostAnchors {
  const dom = parseLocated(host.html, host.url);
  try {
    const body = dom.window.document.querySelector(host.bodySelector);
    if (!body) throw new Error(`${host.name}: no element matches ${host.bodySelector}`);
    const wanted = host.mustKeep.map((text) => normalizeText(text).slice(0, 50));
    const holding = [...body.children].filter((child) => {
      const text = normalizeText(blockText(child));
      return wanted.some((w) => text.includes(w));
    });
    if (holding.length < 2) throw new Error(`${host.name}: fewer than two children of the body hold its text`);
    const at = (el: Element): Located => {
      const location = dom.nodeLocation(el) as Located | null;
      if (!location) throw new Error(`${host.name}: no source location for <${el.tagName.toLowerCase()}>`);
      return location;
    };
    const middle = holding[Math.floor((holding.length - 1) / 2)]!;
    return {
      beforeBody: at(holding[0]!).startOffset,
      betweenParagraphs: at(middle).endOffset,
      afterBody: at(holding[holding.length - 1]!).endOffset,
      afterContainer: at(body).endOffset,
    };
  } finally {
    dom.window.close();
  }
}

/** A widget split into its box and its heading (empty when it has none), for the heading-outside position. */
export interface WidgetParts {
  box: string;
  heading: string;
}

/**
 * Takes the variant's heading out of its box (by its selector), or uses the heading its theme renders outside
 * the widget; a variant with neither keeps its box whole and gets no heading.
 */
export function splitHeading(variant: Pick<WidgetVariant, 'family' | 'name' | 'html' | 'heading' | 'outsideHeading'>): WidgetParts {
  if (!variant.heading) return { box: variant.html, heading: variant.outsideHeading ?? '' };
  const prefix = '<!DOCTYPE html><html><head></head><body>';
  const dom = parseLocated(prefix + variant.html, 'http://widget.invalid/');
  try {
    const heading = dom.window.document.body.querySelector(variant.heading);
    if (!heading) throw new Error(`${variant.family}/${variant.name}: heading ${variant.heading} not found`);
    const { startOffset, endOffset } = dom.nodeLocation(heading) as Located;
    const start = startOffset - prefix.length;
    const end = endOffset - prefix.length;
    return { box: variant.html.slice(0, start) + variant.html.slice(end), heading: variant.html.slice(start, end) };
  } finally {
    dom.window.close();
  }
}

const insertAt = (html: string, offset: number, insert: string): string => `${html.slice(0, offset)}\n${insert}\n${html.slice(offset)}`;

/** The host page with the widget at `position`. */
export function placeWidget(hostHtml: string, anchors: HostAnchors, widgetHtml: string, parts: WidgetParts, position: Position): string {
  switch (position) {
    case 'before-body':
      return insertAt(hostHtml, anchors.beforeBody, widgetHtml);
    case 'between-paragraphs':
      return insertAt(hostHtml, anchors.betweenParagraphs, widgetHtml);
    case 'after-body':
      return insertAt(hostHtml, anchors.afterBody, widgetHtml);
    case 'sibling-of-body':
      return insertAt(hostHtml, anchors.afterContainer, widgetHtml);
    case 'heading-outside':
      // The heading as the box's previous sibling, at the end of the body, where themes print such widgets.
      return insertAt(hostHtml, anchors.afterBody, `${parts.heading}\n${parts.box}`);
  }
}

/** The host's whole page as a reader sees it (text and alt text), to rule out hosts that already say a widget's strings. */
export function hostText(host: Pick<Host, 'html' | 'url'>): string {
  const dom = new JSDOM(host.html, { url: host.url, virtualConsole: new VirtualConsole() });
  try {
    const body = dom.window.document.body as unknown as Element;
    return `${readableText(body)}\n${normalizeText(dom.window.document.title)}`;
  } finally {
    dom.window.close();
  }
}

/**
 * The hosts a variant is placed into, chosen deterministically: never one whose own text already holds one of
 * the variant's must-drop strings; then a host in the variant's language (when there is one), a host whose prose is
 * about reactions, likes or ratings, and real pages, each group in the order of a hash of the variant's name.
 */
export function chooseHosts(variant: Pick<WidgetVariant, 'family' | 'name' | 'language' | 'mustDrop'>, hosts: readonly Host[], texts: ReadonlyMap<string, string>, count: number): Host[] {
  const key = `${variant.family}/${variant.name}`;
  const clean = hosts
    .filter((host) => !variant.mustDrop.some((drop) => containsPhrase(texts.get(host.name) ?? '', drop)))
    .sort((a, b) => stableHash(`${key}@${a.name}`) - stableHash(`${key}@${b.name}`) || a.name.localeCompare(b.name));
  const chosen: Host[] = [];
  const take = (host: Host | undefined): void => {
    if (host && chosen.length < count && !chosen.includes(host)) chosen.push(host);
  };
  const language = variant.language.split('-')[0];
  if (language !== 'en') take(clean.find((host) => host.lang === language));
  take(clean.find((host) => host.aboutReactions));
  for (const host of clean.filter((h) => !h.aboutReactions)) take(host);
  for (const host of clean) take(host);
  return chosen;
}

export interface WidgetPage {
  /** family/variant@host#position */
  id: string;
  family: string;
  variant: string;
  kind: string;
  host: string;
  hostAboutReactions: boolean;
  position: Position;
  url: string;
  html: string;
  mustDrop: string[];
  mustKeep: string[];
}

/** One page to build: which variant goes into which host where. */
export interface PagePlan {
  id: string;
  family: string;
  variant: string;
  host: string;
  position: Position;
}

export interface GenerateOptions {
  hostsPerVariant?: number;
}

const variantKey = (variant: Pick<WidgetVariant, 'family' | 'name'>): string => `${variant.family}/${variant.name}`;

/** The pages of a set of variants: each variant in each of its chosen hosts at every position, in a fixed order. */
export function planPages(variants: readonly WidgetVariant[], hosts: readonly Host[], options: GenerateOptions = {}): PagePlan[] {
  const perVariant = options.hostsPerVariant ?? 3;
  const texts = new Map(hosts.map((host) => [host.name, hostText(host)]));
  return variants.flatMap((variant) =>
    chooseHosts(variant, hosts, texts, perVariant).flatMap((host) =>
      (variant.positions ?? POSITIONS).map((position) => ({ id: `${variantKey(variant)}@${host.name}#${position}`, family: variant.family, variant: variant.name, host: host.name, position })),
    ),
  );
}

/** Builds planned pages; anchors and heading splits are computed once per host and variant. */
export class PageBuilder {
  private readonly variants: Map<string, WidgetVariant>;
  private readonly hosts: Map<string, Host>;
  private readonly parts = new Map<string, WidgetParts>();

  /** `anchors`: hosts' anchors computed elsewhere (each host parsed once for all batches); the rest are found here. */
  constructor(variants: readonly WidgetVariant[], hosts: readonly Host[], private readonly anchors = new Map<string, HostAnchors>()) {
    this.variants = new Map(variants.map((variant) => [variantKey(variant), variant]));
    this.hosts = new Map(hosts.map((host) => [host.name, host]));
  }

  build(plan: PagePlan): WidgetPage {
    const key = `${plan.family}/${plan.variant}`;
    const variant = this.variants.get(key);
    const host = this.hosts.get(plan.host);
    if (!variant || !host) throw new Error(`unknown variant or host in ${plan.id}`);
    if (!this.anchors.has(host.name)) this.anchors.set(host.name, hostAnchors(host));
    if (!this.parts.has(key)) this.parts.set(key, splitHeading(variant));
    return {
      id: plan.id,
      family: variant.family,
      variant: variant.name,
      kind: variant.kind,
      host: host.name,
      hostAboutReactions: host.aboutReactions,
      position: plan.position,
      url: host.url,
      html: placeWidget(host.html, this.anchors.get(host.name)!, variant.html, this.parts.get(key)!, plan.position),
      mustDrop: variant.mustDrop,
      mustKeep: host.mustKeep,
    };
  }
}

/** Every page of a set of variants (see planPages), built lazily so a caller holds one page at a time. */
export function* generatePages(variants: readonly WidgetVariant[], hosts: readonly Host[], options: GenerateOptions = {}): Generator<WidgetPage> {
  const builder = new PageBuilder(variants, hosts);
  for (const plan of planPages(variants, hosts, options)) yield builder.build(plan);
}
