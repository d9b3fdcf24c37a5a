import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Host, WidgetFamily, WidgetVariant } from './widget-corpus';

/**
 * The fresh held-back widget sets, one folder each (tests/fixtures/widgets-fresh, widgets-fresh2, widgets-fresh3,
 * widgets-fresh4, widgets-fresh5, widgets-fresh6), each with its own host articles in its hosts/ folder. Nobody tuning the declutter
 * engine has seen them: each is measured once, on a frozen engine, through `npm run bench:widgets -- --split <set>`.
 * Only that split opens a set's files; the development and test splits of tests/fixtures/widgets never do.
 */

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * The fresh sets that have had their one measurement and are development sets since: they are placed into
 * development hosts only (their own hosts that are held-out pages of Readability's or Defuddle's corpus split are left
 * out), so tuning on them never sees a held-out page.
 */
export const MEASURED_FRESH_SETS: ReadonlySet<FreshSet> = new Set<FreshSet>(['fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6']);

/** The fresh sets and their folders, in the order they were built. */
export const FRESH_SETS = {
  fresh: resolve(REPO, 'tests/fixtures/widgets-fresh'),
  fresh2: resolve(REPO, 'tests/fixtures/widgets-fresh2'),
  fresh3: resolve(REPO, 'tests/fixtures/widgets-fresh3'),
  fresh4: resolve(REPO, 'tests/fixtures/widgets-fresh4'),
  fresh5: resolve(REPO, 'tests/fixtures/widgets-fresh5'),
  fresh6: resolve(REPO, 'tests/fixtures/widgets-fresh6'),
} as const;
export type FreshSet = keyof typeof FRESH_SETS;

export const isFreshSet = (split: string): split is FreshSet => Object.hasOwn(FRESH_SETS, split);

export const FRESH_WIDGETS_DIR = FRESH_SETS.fresh;
export const FRESH_HOSTS_DIR = resolve(FRESH_WIDGETS_DIR, 'hosts');

/** Names of a fresh set's family folders (each has a widget.json). */
export function freshFamilyNames(dir: string = FRESH_WIDGETS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'widget.json')))
    .map((entry) => entry.name)
    .sort();
}

export function readFreshFamily(name: string, dir: string = FRESH_WIDGETS_DIR): WidgetFamily {
  return JSON.parse(readFileSync(join(dir, name, 'widget.json'), 'utf8')) as WidgetFamily;
}

/** Every variant of a fresh set, with its markup; all its families form the one split named after the set. */
export function loadFreshVariants(set: FreshSet = 'fresh'): WidgetVariant[] {
  const dir = FRESH_SETS[set];
  return freshFamilyNames(dir).flatMap((name) => {
    const family = readFreshFamily(name, dir);
    return family.variants.map((variant) => ({
      ...variant,
      family: family.family,
      kind: family.kind,
      split: set,
      html: readFileSync(join(dir, name, variant.file), 'utf8'),
    }));
  });
}

/** A fresh set's own hosts (its hosts/hosts.json): real pages that were not hosts of the sets before it. */
export function loadFreshOwnHosts(set: FreshSet = 'fresh'): Host[] {
  const dir = resolve(FRESH_SETS[set], 'hosts');
  const { hosts } = JSON.parse(readFileSync(join(dir, 'hosts.json'), 'utf8')) as { hosts: Omit<Host, 'html'>[] };
  return hosts.map((host) => ({ ...host, html: readFileSync(join(dir, host.file), 'utf8') }));
}
