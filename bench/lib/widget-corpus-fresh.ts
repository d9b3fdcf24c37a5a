import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Host, WidgetFamily, WidgetVariant } from './widget-corpus';

/**
 * The fresh held-back widget set (tests/fixtures/widgets-fresh) and its own host articles
 * (tests/fixtures/widgets-fresh/hosts). Nobody tuning the declutter engine has seen it: it is measured once, on a
 * frozen engine, through `npm run bench:widgets -- --split fresh`. Only that split opens these files; the
 * development and test splits of tests/fixtures/widgets never do.
 */

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const FRESH_WIDGETS_DIR = resolve(REPO, 'tests/fixtures/widgets-fresh');
export const FRESH_HOSTS_DIR = resolve(FRESH_WIDGETS_DIR, 'hosts');

/** Names of the fresh family folders (each has a widget.json). */
export function freshFamilyNames(dir = FRESH_WIDGETS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'widget.json')))
    .map((entry) => entry.name)
    .sort();
}

export function readFreshFamily(name: string, dir = FRESH_WIDGETS_DIR): WidgetFamily {
  return JSON.parse(readFileSync(join(dir, name, 'widget.json'), 'utf8')) as WidgetFamily;
}

/** Every variant of the fresh set, with its markup; all its families form the one split 'fresh'. */
export function loadFreshVariants(dir = FRESH_WIDGETS_DIR): WidgetVariant[] {
  return freshFamilyNames(dir).flatMap((name) => {
    const family = readFreshFamily(name, dir);
    return family.variants.map((variant) => ({
      ...variant,
      family: family.family,
      kind: family.kind,
      split: 'fresh' as const,
      html: readFileSync(join(dir, name, variant.file), 'utf8'),
    }));
  });
}

/** The fresh set's own hosts: Readability pages held out of its corpus split and not hosts of widget-hosts. */
export function loadFreshOwnHosts(dir = FRESH_HOSTS_DIR): Host[] {
  const { hosts } = JSON.parse(readFileSync(join(dir, 'hosts.json'), 'utf8')) as { hosts: Omit<Host, 'html'>[] };
  return hosts.map((host) => ({ ...host, html: readFileSync(join(dir, host.file), 'utf8') }));
}
