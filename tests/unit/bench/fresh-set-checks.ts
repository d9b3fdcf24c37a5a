import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { familyNames, loadHosts, loadVariants, readFamily, SPLIT_CORPORA, SPLITS, WIDGET_KINDS, WIDGET_PLACEMENTS, type Host, type WidgetFamily, type WidgetVariant } from '../../../bench/lib/widget-corpus';
import { FRESH_SETS, MEASURED_FRESH_SETS, freshFamilyNames, loadFreshOwnHosts, readFreshFamily, type FreshSet } from '../../../bench/lib/widget-corpus-fresh';
import { containsPhrase, fragmentText, normalizeText } from '../../../bench/lib/widget-match';
import { hostAnchors, PageBuilder, planPages, POSITIONS, splitHeading, type HostAnchors, type PagePlan, type Position } from '../../../bench/lib/widget-pages';
import { splitOf } from '../../../bench/lib/page-split';

// A fresh held-back set is checked here without running any extraction: its data is complete, and every page the
// generator builds from it holds each must-drop string inside the widget and each must-keep sentence of the host,
// with the widget where its position says. Messages name families, variants, hosts and positions only, never the
// markup or strings, so a failure does not show the held-back set's contents.
//
// Pages are parsed with parse5, the HTML parser jsdom itself uses (the same tree), because jsdom keeps every parsed
// document alive on Node 20: hundreds of real pages would need gigabytes. Text is read as the benchmark reads it.

// Parsing a set's pages took under a minute on a loaded 2-core machine; the limit only catches a hang.
const ALL_PAGES_LIMIT_MS = 900_000;

/**
 * The planned pages parsed here: each variant at every position, its chosen hosts taken in turn (position i in host
 * (i + variant's index) mod its host count). The generator places markup at string offsets found once per host, so a
 * variant in a second host at the same position tests nothing new; parsing a third of the pages keeps the unit run
 * within CI's time as sets are added. bench/widgets.ts still measures every page.
 */
function pagesInTurn(plans: readonly PagePlan[]): PagePlan[] {
  const byVariant = new Map<string, PagePlan[]>();
  for (const plan of plans) {
    const key = `${plan.family}/${plan.variant}`;
    byVariant.set(key, [...(byVariant.get(key) ?? []), plan]);
  }
  return [...byVariant.values()].flatMap((own, variantIndex) => {
    const hosts = [...new Set(own.map((plan) => plan.host))];
    return own.filter((plan) => plan.host === hosts[(POSITIONS.indexOf(plan.position) + variantIndex) % hosts.length]);
  });
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const elementChildren = (node: ParentNode): Element[] => node.childNodes.filter(isElement);

function parsePage(html: string): DefaultTreeAdapterMap['document'] {
  // Scripting on, as jsdom parses (the hosts' body selectors were found with it): <noscript> content is text.
  return parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: true });
}

/** Resolves a host's bodySelector (html > body > tag:nth-child(n) > …, element positions) in a parse5 tree. */
function resolvePath(document: DefaultTreeAdapterMap['document'], selector: string): Element | undefined {
  let current: ParentNode = document;
  for (const step of selector.split(' > ')) {
    const match = /^([a-z0-9-]+)(?::nth-child\((\d+)\))?$/.exec(step);
    if (!match) return undefined;
    const children = elementChildren(current);
    const next: Element | undefined = match[2] ? children[Number(match[2]) - 1] : children.find((child) => child.tagName === match[1]);
    if (!next || next.tagName !== match[1]) return undefined;
    current = next;
  }
  return current as Element;
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const serializeNode = (node: Node): string => (isElement(node) ? serializeOuter(node) : node.nodeName === '#text' ? escapeText((node as DefaultTreeAdapterMap['textNode']).value) : '');

/** Every node of the tree whose source starts in [start, end): the markup the generator inserted. */
function nodesFrom(root: ParentNode, start: number, end: number): Node[] {
  const found: Node[] = [];
  const walk = (node: Node): void => {
    const at = node.sourceCodeLocation?.startOffset;
    if (at !== undefined && at >= start && at < end) {
      found.push(node);
      return; // its descendants come with it
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if (isElement(node) && node.tagName === 'template') (node as DefaultTreeAdapterMap['template']).content.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return found;
}

const siblingsOf = (node: Node): Node[] => ('parentNode' in node ? node.parentNode?.childNodes : undefined) ?? [];
function previousElement(node: Node): Element | undefined {
  const siblings = siblingsOf(node);
  return siblings.slice(0, siblings.indexOf(node)).filter(isElement).pop();
}
function nextElement(node: Node): Element | undefined {
  const siblings = siblingsOf(node);
  return siblings.slice(siblings.indexOf(node) + 1).find(isElement);
}

/** Markup compared without its whitespace: the generator adds line breaks around the widget. */
const squeeze = (html: string): string => html.replace(/\s+/g, '');

/** The element as it would serialize without the inserted nodes, whitespace left out. */
function withoutInserted(element: Element, inserted: ReadonlySet<Node>): string {
  const clone = (node: Node): Node => {
    if (!isElement(node)) return node;
    return { ...node, childNodes: node.childNodes.filter((child) => !inserted.has(child)).map(clone) } as Element;
  };
  return squeeze(serializeOuter(clone(element) as Element));
}

const boxTexts = new Map<string, string>();
/** The readable text of a variant's own markup, without the heading printed outside it. */
function boxText(variant: WidgetVariant): string {
  const key = `${variant.family}/${variant.name}`;
  if (!boxTexts.has(key)) boxTexts.set(key, fragmentText(variant.html));
  return boxTexts.get(key)!;
}

interface HostFacts {
  anchors: HostAnchors;
  /** The body container and its parent, serialized from the host page alone, whitespace left out. */
  container: string;
  containerParent: string;
}

/** What one fresh set promises. */
export interface FreshSetSpec {
  set: FreshSet;
  minFamilies: number;
  minVariants: number;
  /** The fresh sets built before it: it shares no family, plugin, site or host with them. */
  earlier: FreshSet[];
  /** Own hosts that are development pages of Readability's corpus split, taken for their language (never Defuddle's). */
  developmentHosts?: string[];
  /**
   * The held-out pages of Readability's corpus split that are hosts of no set and cannot take a widget (the set's copy
   * script says why). Given once the held-out pages run out: then every other held-out page must be a host already,
   * and development pages may be most of the set's own hosts.
   */
  unplaceableHeldOut?: string[];
}

/** The data checks of one fresh set (see the comment above); its test file calls this once. */
export function describeFreshSet(spec: FreshSetSpec): void {
  const { set } = spec;
  const dir = FRESH_SETS[set];
  describeCollection(spec, dir);
  describeHosts(spec);
  describePages(set);
}

function describeCollection(spec: FreshSetSpec, dir: string): void {
  describe(`${spec.set} widget set: the collection`, () => {
    const names = freshFamilyNames(dir);
    const families = names.map((name) => readFreshFamily(name, dir));
    const variants = loadVariants(spec.set);

    it(`has at least ${spec.minFamilies} families and ${spec.minVariants} variants, all nine kinds and at least six languages beyond English`, () => {
      expect(names.length).toBeGreaterThanOrEqual(spec.minFamilies);
      expect(variants.length).toBeGreaterThanOrEqual(spec.minVariants);
      expect(new Set(families.map((family) => family.kind))).toEqual(new Set(WIDGET_KINDS));
      const languages = new Set(variants.map((variant) => variant.language.split('-')[0]));
      languages.delete('en');
      expect(languages.size).toBeGreaterThanOrEqual(6);
    });

    it('shares no family, plugin or repository with the development and test collection or an earlier fresh set', () => {
      const existing = [...familyNames(), ...spec.earlier.flatMap((earlier) => freshFamilyNames(FRESH_SETS[earlier]))];
      // A plugin is its repository, and within a repository that mirrors many plugins (plugins/<name>/…) that folder.
      const pluginsOf = (family: WidgetFamily): string[] => {
        const folder = /(?:^|\/)plugins\/([\w.-]+)\//.exec(family.source.file ?? '')?.[1] ?? '';
        return [...(family.source.repository ?? '').toLowerCase().matchAll(/github\.com\/([\w.-]+\/[\w.-]+)/g)].map((m) => `${m[1]!.replace(/\.git$/, '')}#${folder}`);
      };
      const existingFamilies = [...familyNames().map((name) => readFamily(name)), ...spec.earlier.flatMap((earlier) => freshFamilyNames(FRESH_SETS[earlier]).map((name) => readFreshFamily(name, FRESH_SETS[earlier])))];
      const existingPlugins = new Set(existingFamilies.flatMap(pluginsOf));
      const existingSites = new Set(existingFamilies.map((family) => family.source.site).filter(Boolean));
      for (const family of families) {
        expect(existing, family.family).not.toContain(family.family);
        for (const plugin of pluginsOf(family)) expect(existingPlugins.has(plugin), `${family.family}: plugin`).toBe(false);
        if (family.source.site) expect(existingSites.has(family.source.site), `${family.family}: site`).toBe(false);
      }
    });

    it('describes every family fully: kind, source with a version, variants with their files and must-drop strings', () => {
      for (const [i, family] of families.entries()) {
        const name = names[i]!;
        expect(family.family, name).toBe(name);
        expect(WIDGET_KINDS, name).toContain(family.kind);
        expect(Boolean(family.source.repository || family.source.site), `${name}: source`).toBe(true);
        expect(Boolean(family.source.commit || family.source.version), `${name}: commit or version`).toBe(true);
        expect(family.source.file?.length ?? 0, `${name}: file`).toBeGreaterThan(10);
        expect(family.source.notes.length, `${name}: notes`).toBeGreaterThan(20);
        for (const variant of family.variants) {
          const where = `${name}/${variant.name}`;
          expect(existsSync(join(dir, name, variant.file)), `${where}: file`).toBe(true);
          expect(family.languages, `${where}: language`).toContain(variant.language);
          expect(variant.mustDrop.length, `${where}: must-drop`).toBeGreaterThan(0);
          expect(Boolean(variant.heading || variant.outsideHeading), `${where}: a heading for the heading-outside position`).toBe(true);
          expect(Boolean(variant.heading && variant.outsideHeading), `${where}: one kind of heading`).toBe(false);
        }
      }
    });

    it('has every must-drop string in its own widget (text or alt text), and every heading selector finds its heading', () => {
      for (const variant of variants) {
        const where = `${variant.family}/${variant.name}`;
        const text = fragmentText(variant.html + (variant.outsideHeading ?? ''));
        variant.mustDrop.forEach((drop, i) => expect(containsPhrase(text, drop), `${where}: must-drop #${i} not in the widget`).toBe(true));
        // The box itself says something to drop, so pages without the outside heading measure something too.
        expect(variant.mustDrop.some((drop) => containsPhrase(boxText(variant), drop)), `${where}: no must-drop string in the box`).toBe(true);
        if (variant.heading) expect(splitHeading(variant).heading, `${where}: heading`).not.toBe('');
      }
    });

    it('is opened only by its own split: the other loaders never return its families', () => {
      const own = new Set(names);
      for (const split of SPLITS.filter((other) => other !== spec.set)) {
        for (const variant of loadVariants(split)) expect(own.has(variant.family), `${split}: ${variant.family}`).toBe(false);
      }
      expect(variants.every((variant) => variant.split === spec.set)).toBe(true);
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/held[- ]back/i);
    });
  });
}

/** Every page Readability's corpus split holds out (bench/splits/corpus-splits.json). */
function heldOutReadabilityPages(): string[] {
  const file = join(fileURLToPath(new URL('.', import.meta.url)), '../../../bench/splits/corpus-splits.json');
  const { corpora } = JSON.parse(readFileSync(file, 'utf8')) as { corpora: { readability: Record<'held-out', string[]> } };
  return corpora.readability['held-out'];
}

function describeHosts(spec: FreshSetSpec): void {
  const { set } = spec;
  const developmentHosts = new Set(spec.developmentHosts ?? []);
  describe(`${set} widget set: the hosts`, () => {
    it('adds real pages that are not yet hosts, held out of their corpus split (Readability pages unless named as taken for their language), each with must-keep text and a placeable body', () => {
      const own = loadFreshOwnHosts(set);
      const existing = new Set([...loadHosts(), ...spec.earlier.flatMap((earlier) => loadFreshOwnHosts(earlier))].map((host) => host.source.page));
      expect(own.length).toBeGreaterThanOrEqual(6);
      for (const host of own) {
        const corpus = SPLIT_CORPORA.get(host.source.corpus);
        expect(corpus, `${host.name}: a corpus with a split`).toBeDefined();
        // Development pages only of Readability's, where they were named; a Defuddle host is always held out.
        if (corpus === 'defuddle' || !developmentHosts.has(host.name)) expect(splitOf(corpus!, host.source.page), host.name).toBe('held-out');
        expect(existing.has(host.source.page), `${host.name}: already a host`).toBe(false);
        expect(host.split, host.name).toBe(set);
        expect(host.mustKeep.length, host.name).toBeGreaterThanOrEqual(3);
      }
      if (spec.unplaceableHeldOut) {
        // The held-out pages ran out: each is a host of this set or an earlier one, or named as unable to take a widget.
        const hosts = new Set([...existing, ...own.map((host) => host.source.page)]);
        const left = heldOutReadabilityPages().filter((page) => !hosts.has(page));
        expect(left.sort()).toEqual([...spec.unplaceableHeldOut].sort());
        expect(own.some((host) => !developmentHosts.has(host.name)), 'a held-out page among its own hosts').toBe(true);
      } else {
        // Most of its own hosts are held out; development pages only fill languages the held-out ones lack.
        expect(own.filter((host) => !developmentHosts.has(host.name)).length).toBeGreaterThan(own.length / 2);
      }
    });

    if (MEASURED_FRESH_SETS.has(set)) {
      it('once measured, is placed into the development hosts and never into a held-out page of Readability\'s or Defuddle\'s', () => {
        const names = loadHosts(set).map((host) => host.name);
        expect(new Set(names).size, 'host names are unique').toBe(names.length);
        for (const host of loadHosts('development')) expect(names, host.name).toContain(host.name);
        for (const host of loadHosts(set)) {
          const corpus = SPLIT_CORPORA.get(host.source.corpus);
          if (corpus) expect(splitOf(corpus, host.source.page), host.name).toBe('development');
        }
      });
      return;
    }
    it('uses the test split\'s hosts and its own, never another development page of Readability\'s or Defuddle\'s', () => {
      const hosts = loadHosts(set);
      const names = hosts.map((host) => host.name);
      expect(new Set(names).size, 'host names are unique').toBe(names.length);
      for (const host of loadHosts('test')) expect(names, host.name).toContain(host.name);
      for (const host of hosts.filter((h) => !developmentHosts.has(h.name))) {
        const corpus = SPLIT_CORPORA.get(host.source.corpus);
        if (corpus) expect(splitOf(corpus, host.source.page), host.name).toBe('held-out');
      }
    });
  });
}

function describePages(set: FreshSet): void {
  describe(`${set} widget set: its generated pages`, () => {
    it('holds each must-drop string in the widget and each must-keep sentence, at every position, where the position says (its hosts in turn)', () => {
      const variants = loadVariants(set);
      const hosts = loadHosts(set);
      const plans = planPages(variants, hosts);
      const checked = pagesInTurn(plans);
      const builder = new PageBuilder(variants, hosts);
      const byHost = new Map<string, Host>(hosts.map((host) => [host.name, host]));
      const byVariant = new Map<string, WidgetVariant>(variants.map((variant) => [`${variant.family}/${variant.name}`, variant]));
      const facts = new Map<string, HostFacts>();
      const keepText = new Map<string, string>();
      const factsOf = (host: Host): HostFacts => {
        let known = facts.get(host.name);
        if (!known) {
          const container = resolvePath(parsePage(host.html), host.bodySelector);
          if (!container) throw new Error(`${host.name}: body container not found`);
          known = { anchors: hostAnchors(host), container: squeeze(serializeOuter(container)), containerParent: squeeze(serializeOuter(container.parentNode as Element)) };
          facts.set(host.name, known);
        }
        return known;
      };

      const seen = new Map<string, Set<Position>>();
      const hostsSeen = new Set<string>();
      for (const plan of checked) {
        const page = builder.build(plan);
        hostsSeen.add(page.host);
        const where = `${page.family}/${page.variant}@${page.host}#${page.position}`;
        const host = byHost.get(page.host)!;
        const variant = byVariant.get(`${page.family}/${page.variant}`)!;
        const { anchors, container: hostContainer, containerParent: hostParent } = factsOf(host);
        seen.set(`${page.family}/${page.variant}`, (seen.get(`${page.family}/${page.variant}`) ?? new Set()).add(page.position));

        // Where the generator put the widget's markup, and how long it is (it adds a line break either side).
        const parts = splitHeading(variant);
        const anchor = { 'before-body': anchors.beforeBody, 'between-paragraphs': anchors.betweenParagraphs, 'after-body': anchors.afterBody, 'sibling-of-body': anchors.afterContainer, 'heading-outside': anchors.afterBody }[page.position];
        const insert = page.position === 'heading-outside' ? `${parts.heading}\n${parts.box}` : variant.html;
        expect(page.html.slice(anchor + 1, anchor + 1 + insert.length), `${where}: markup at its anchor`).toBe(insert);
        const shift = insert.length + 2;

        const document = parsePage(page.html);
        const container = resolvePath(document, host.bodySelector);
        expect(container, `${where}: body container`).toBeDefined();
        const inserted = nodesFrom(document, anchor + 1, anchor + 1 + insert.length);
        const insertedSet = new Set(inserted);
        const elements = inserted.filter(isElement);
        expect(elements.length, `${where}: widget elements`).toBeGreaterThan(0);
        const first = elements[0]!;
        const last = elements[elements.length - 1]!;

        // Position: which element holds the widget and what stands next to it.
        if (page.position === 'sibling-of-body') {
          expect(first.parentNode, `${where}: next to the container`).toBe(container!.parentNode);
          expect(previousElement(first), `${where}: right after the container`).toBe(container);
        } else {
          for (const element of elements) expect(element.parentNode, `${where}: inside the container`).toBe(container);
          if (page.position === 'before-body') {
            expect(nextElement(last)?.sourceCodeLocation?.startOffset, `${where}: right before the first paragraph`).toBe(anchors.beforeBody + shift);
          } else {
            expect(previousElement(first)?.sourceCodeLocation?.endOffset, `${where}: right after its paragraph`).toBe(anchor);
          }
          if (page.position === 'between-paragraphs') expect(nextElement(last), `${where}: paragraphs follow`).toBeDefined();
        }
        if (page.position === 'heading-outside' && parts.heading) {
          const headingNodes = nodesFrom(document, anchor + 1, anchor + 1 + parts.heading.length).filter(isElement);
          const boxNodes = elements.filter((element) => !headingNodes.includes(element));
          expect(headingNodes.length, `${where}: heading`).toBeGreaterThan(0);
          expect(boxNodes.length, `${where}: box`).toBeGreaterThan(0);
          expect(previousElement(boxNodes[0]!), `${where}: heading is the box's previous sibling`).toBe(headingNodes[headingNodes.length - 1]);
          const headingMarkup = headingNodes.map(serializeNode).join('');
          expect(fragmentText(headingMarkup).length, `${where}: heading has text`).toBeGreaterThan(0);
          expect(squeeze(boxNodes.map(serializeNode).join('')).includes(squeeze(headingMarkup)), `${where}: heading no longer inside the box`).toBe(false);
        }

        // Must-drop: every string in the widget as this page parsed it (text or alt text). A heading the theme prints
        // outside a widget that has none (outsideHeading) is placed only at the heading-outside position.
        const widgetText = fragmentText(inserted.map(serializeNode).join(''));
        const expected = page.position === 'heading-outside' || !variant.outsideHeading ? page.mustDrop : page.mustDrop.filter((drop) => containsPhrase(boxText(variant), drop));
        expect(expected.length, `${where}: must-drop strings in the box`).toBeGreaterThan(0);
        expected.forEach((drop) => expect(containsPhrase(widgetText, drop), `${where}: must-drop #${page.mustDrop.indexOf(drop)}`).toBe(true));

        // Must-keep: the host's body is intact around the widget, and holds every must-keep sentence.
        expect(withoutInserted(container!, insertedSet), `${where}: container unchanged but for the widget`).toBe(hostContainer);
        if (page.position === 'sibling-of-body') expect(withoutInserted(container!.parentNode as Element, insertedSet), `${where}: container's parent unchanged but for the widget`).toBe(hostParent);
        const key = `${page.host}#${page.position === 'sibling-of-body' ? 'outside' : 'inside'}`;
        let text = keepText.get(key);
        if (text === undefined || page.position !== 'sibling-of-body') {
          // Inside positions: the container's text with this page's widget in it; outside: the container alone (same for every page of the host).
          text = fragmentText(serializeOuter(container!));
          if (page.position === 'sibling-of-body') keepText.set(key, text);
        }
        const missing = page.mustKeep.filter((keep) => !text!.includes(normalizeText(keep)));
        expect(missing.length, `${where}: must-keep sentences missing`).toBe(0);
      }

      expect(plans.length).toBeGreaterThanOrEqual(variants.length * 5 * 3);
      expect([...hostsSeen].sort(), 'every host of the plan is parsed on some page').toEqual([...new Set(plans.map((plan) => plan.host))].sort());
      for (const variant of variants) expect(seen.get(`${variant.family}/${variant.name}`)?.size, `${variant.family}/${variant.name}: positions`).toBe(5);
    }, ALL_PAGES_LIMIT_MS);
  });
}

/** The theme placements of a set whose variants carry them: spread over every kind, and each printed as its name says. */
export function describeThemePlacements(set: FreshSet): void {
  describe(`${set} widget set: placements as real themes print them`, () => {
    const variants = loadVariants(set);

    it('has, for every kind, at least two variants printed in a real theme placement', () => {
      for (const kind of WIDGET_KINDS) {
        const placed = variants.filter((variant) => variant.kind === kind && variant.placement);
        expect(placed.length, kind).toBeGreaterThanOrEqual(2);
      }
      for (const variant of variants) if (variant.placement) expect(WIDGET_PLACEMENTS, `${variant.family}/${variant.name}`).toContain(variant.placement);
    });

    it('prints a caption-outside variant\'s caption as the box\'s own sibling, with text, not inside the box', () => {
      for (const variant of variants.filter((v) => v.placement === 'caption-outside')) {
        const where = `${variant.family}/${variant.name}`;
        expect(variant.heading, `${where}: the caption is found by its selector`).toBeTruthy();
        const { heading, box } = splitHeading(variant);
        expect(fragmentText(heading).length, `${where}: caption text`).toBeGreaterThan(0);
        // The caption opens the variant's markup and the box follows it: taking the caption out leaves the box whole.
        expect(variant.html.trimStart().startsWith(heading), `${where}: caption first`).toBe(true);
        expect(box.trim().length, `${where}: box`).toBeGreaterThan(0);
      }
    });

    it('wraps a theme-wrappers variant in containers that say nothing themselves: their text is the widget\'s', () => {
      for (const variant of variants.filter((v) => v.placement === 'theme-wrappers')) {
        const where = `${variant.family}/${variant.name}`;
        // The outermost element holds the whole variant (one root), and it is a generic container.
        const root = /^\s*<(div|section|aside|footer|p)\b[^>]*>/i.exec(variant.html);
        expect(root, `${where}: a generic wrapper opens the markup`).not.toBeNull();
        expect(variant.html.trimEnd().endsWith(`</${root![1]!.toLowerCase()}>`), `${where}: the wrapper closes it`).toBe(true);
      }
    });
  });
}
