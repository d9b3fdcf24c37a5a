import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEASURED_FRESH_SETS, isFreshSet, loadFreshOwnHosts, loadFreshVariants } from './widget-corpus-fresh';
import { splitOf, type SplitCorpus } from './page-split';
import type { Position } from './widget-pages';

/**
 * The real-world widget collection (tests/fixtures/widgets) and its host articles (tests/fixtures/widget-hosts).
 * Families of the test split are held back: `loadVariants('development')` never opens their files.
 * The splits 'fresh' to 'fresh6' are separate sets (tests/fixtures/widgets-fresh, widgets-fresh2 … widgets-fresh6,
 * bench/lib/widget-corpus-fresh.ts), each opened only when its split is asked for:
 * held back until its one measurement, a development set since (MEASURED_FRESH_SETS).
 */

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const WIDGETS_DIR = resolve(REPO, 'tests/fixtures/widgets');
export const HOSTS_DIR = resolve(REPO, 'tests/fixtures/widget-hosts');

export const WIDGET_KINDS = [
  'reaction-picker', 'like-dislike', 'clap', 'heart', 'star-rating', 'helpful', 'social-box', 'share-counter', 'people-reacted',
] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

/** 'fresh' to 'fresh6': the sets of tests/fixtures/widgets-fresh*, each held back for one measurement on a frozen engine. */
export const SPLITS = ['development', 'test', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6'] as const;
export type SplitName = (typeof SPLITS)[number];

export interface WidgetSource {
  repository?: string;
  site?: string;
  file?: string;
  version?: string;
  commit?: string;
  notes: string;
}

export const WIDGET_PLACEMENTS = ['theme-wrappers', 'caption-outside'] as const;
export type WidgetPlacement = (typeof WIDGET_PLACEMENTS)[number];

export interface WidgetVariantSpec {
  name: string;
  file: string;
  language: string;
  /** CSS selector of the widget's own heading or question, moved out of the box for the heading-outside position. */
  heading?: string;
  /** For a widget without a heading of its own: the heading its theme renders before it, as HTML. */
  outsideHeading?: string;
  /**
   * How a theme prints the widget beyond the five positions, when its markup shows it: wrapped in the theme's or page
   * builder's generic containers ('theme-wrappers'), or with a caption the theme prints outside the box, as the box's
   * previous sibling, at every position ('caption-outside').
   */
  placement?: WidgetPlacement;
  /** Strings that must not survive extraction: the widget's question, labels, counts (text or alt text). */
  mustDrop: string[];
}

export interface WidgetFamily {
  family: string;
  kind: WidgetKind;
  languages: string[];
  source: WidgetSource;
  variants: WidgetVariantSpec[];
}

export interface WidgetVariant extends WidgetVariantSpec {
  family: string;
  kind: WidgetKind;
  split: SplitName;
  html: string;
  /** The positions it is placed at, when not all of them (a variation whose caption already sits outside the box). */
  positions?: readonly Position[];
}

/** The hosts' corpora that bench/splits/corpus-splits.json splits into development and held-out pages. */
export const SPLIT_CORPORA: ReadonlyMap<string, SplitCorpus> = new Map([['readability-test-pages', 'readability'], ['defuddle-fixtures', 'defuddle']]);

export interface SplitFile {
  seed: number;
  method: string;
  note: string;
  families: Record<string, SplitName>;
}

export interface Host {
  name: string;
  file: string;
  url: string;
  lang: string;
  aboutReactions: boolean;
  /** The widget split that may use it ('both' for our own fixture articles). */
  split: SplitName | 'both';
  bodySelector: string;
  mustKeep: string[];
  source: { corpus: string; page: string; notes: string };
  html: string;
}

export function loadSplit(dir = WIDGETS_DIR): SplitFile {
  return JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as SplitFile;
}

/** Names of the family folders (each has a widget.json); reads no family's files. */
export function familyNames(dir = WIDGETS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'widget.json')))
    .map((entry) => entry.name)
    .sort();
}

export function readFamily(name: string, dir = WIDGETS_DIR): WidgetFamily {
  return JSON.parse(readFileSync(join(dir, name, 'widget.json'), 'utf8')) as WidgetFamily;
}

/** Every variant of the families in `split`, with its markup; families of the other split are not opened. */
export function loadVariants(split: SplitName, dir = WIDGETS_DIR): WidgetVariant[] {
  if (isFreshSet(split)) return loadFreshVariants(split);
  const assignment = loadSplit(dir).families;
  return Object.keys(assignment)
    .filter((name) => assignment[name] === split)
    .sort()
    .flatMap((name) => {
      const family = readFamily(name, dir);
      return family.variants.map((variant) => ({
        ...variant,
        family: family.family,
        kind: family.kind,
        split,
        html: readFileSync(join(dir, name, variant.file), 'utf8'),
      }));
    });
}

/**
 * The host articles, or those a widget split may use: the development split never gets a page that is held out of
 * Readability's corpus split, so tuning on development widget pages does not see held-out pages. Without a split:
 * the hosts of tests/fixtures/widget-hosts only.
 */
export function loadHosts(split?: SplitName, dir = HOSTS_DIR): Host[] {
  // A fresh set still held back: the test split's hosts (held-out Readability pages and our fixture articles) and
  // its own. One measured and now development: the development hosts and those of its own that are development pages
  // of their corpus (Readability's or Defuddle's).
  if (split && isFreshSet(split)) {
    if (!MEASURED_FRESH_SETS.has(split)) return [...loadHosts('test', dir), ...loadFreshOwnHosts(split)];
    const own = loadFreshOwnHosts(split).filter((host) => {
      const corpus = SPLIT_CORPORA.get(host.source.corpus);
      return !corpus || splitOf(corpus, host.source.page) === 'development';
    });
    return [...loadHosts('development', dir), ...own];
  }
  const { hosts } = JSON.parse(readFileSync(join(dir, 'hosts.json'), 'utf8')) as { hosts: Omit<Host, 'html'>[] };
  return hosts
    .filter((host) => !split || host.split === split || host.split === 'both')
    .map((host) => ({ ...host, html: readFileSync(join(dir, host.file), 'utf8') }));
}
