/**
 * "Always open here": the sites on which the reader opens by itself, in `storage.sync`. The list is only the
 * person's choice; what makes it work is the host permission for each site, asked for when it is turned on
 * (src/platform/site-permissions.ts), and removed when it is turned off.
 */
import { StoredItem, type ItemSpec } from './item';
import type { StorageArea } from './storage-area';
import { arrayOf, field, parseFieldsOrDefaults } from './validators';

/** More than anyone turns on by hand, and little enough to stay far below the sync area's item quota. */
export const MAX_ALWAYS_OPEN_SITES = 200;

export interface AlwaysOpenSettings {
  /** Host names (`news.example`), lower case, each once, in the order they were turned on. */
  sites: string[];
}

/** A host name as a URL parser writes it: letters, digits, dots and hyphens (IDN in punycode), or an IPv4 address. */
export function isSiteHost(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 253 && /^(?=.*[a-z0-9])[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(value);
}

/** The site of a web page the reader can open by itself (http or https), else null. */
export function siteOfUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return isSiteHost(parsed.hostname) ? parsed.hostname : null;
  } catch {
    return null;
  }
}

const parseSites = arrayOf(field(isSiteHost));

export const ALWAYS_OPEN_SITES: ItemSpec<AlwaysOpenSettings> = {
  key: 'settings:alwaysOpen',
  defaults: { sites: [] },
  format: {
    version: 1,
    unknownVersions: 'read-known-fields',
    parse: (object) => {
      const read = parseFieldsOrDefaults<AlwaysOpenSettings>(object, { sites: parseSites }, { sites: [] });
      return { ...read, value: { sites: [...new Set(read.value.sites)].slice(0, MAX_ALWAYS_OPEN_SITES) } };
    },
  },
};

export function alwaysOpenSites(area: StorageArea): StoredItem<AlwaysOpenSettings> {
  return new StoredItem(area, ALWAYS_OPEN_SITES);
}

/** The list with `site` turned on (added at the end) or off. */
export function withSite(settings: AlwaysOpenSettings, site: string, on: boolean): AlwaysOpenSettings {
  const others = settings.sites.filter((known) => known !== site);
  return { sites: on ? [...others, site].slice(-MAX_ALWAYS_OPEN_SITES) : others };
}
