/** Filtering, searching, sorting and counting the library: pure, so the page and the tests share it. */
import type { KeptEntry } from '../kept/kept-entry';
import { foldText } from '../kept/kept-entry';
import { REACTIONS, type Reaction } from '../reactions/record';

export { foldText };

/**
 * One article the history lists: its reaction record, its kept copy, or both (a reaction record is one
 * without a kept copy; an article kept from the reader without a reaction has `reaction: null`).
 */
export interface Listed {
  key: string;
  url: string;
  title: string;
  site: string | null;
  reaction: Reaction | null;
  savedAt: number;
  kept?: KeptEntry | null;
}

export type SortOrder = 'newest' | 'oldest' | 'site';
export const SORT_ORDERS: readonly SortOrder[] = ['newest', 'oldest', 'site'];

export interface LibraryQuery {
  /** A reaction, every article, or only the kept ones. */
  reaction: Reaction | 'all' | 'kept';
  search: string;
  sort: SortOrder;
}

export const DEFAULT_QUERY: LibraryQuery = { reaction: 'all', search: '', sort: 'newest' };

/** The site's name, else the host of the article's address; null for a local file. */
export function siteOf(record: Pick<Listed, 'site' | 'url'>): string | null {
  if (record.site) return record.site;
  try {
    return new URL(record.url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const haystacks = new WeakMap<Listed, string>();
function haystackOf(record: Listed): string {
  let text = haystacks.get(record);
  if (text === undefined) {
    text = foldText(`${record.title}\n${siteOf(record) ?? ''}`);
    haystacks.set(record, text);
  }
  return text;
}

/** Folded text of kept articles by key (their title, key points and body), once the page has read it. */
export type SearchTexts = ReadonlyMap<string, string>;

/** Every word of the search must appear in the title or the site, or in the kept article's text. */
export function matchesSearch(record: Listed, search: string, texts?: SearchTexts): boolean {
  const words = foldText(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = haystackOf(record);
  const text = record.kept ? texts?.get(record.key) : undefined;
  return words.every((word) => haystack.includes(word) || (text !== undefined && text.includes(word)));
}

const byNewest = (a: Listed, b: Listed) => b.savedAt - a.savedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function passesFilter(record: Listed, filter: LibraryQuery['reaction']): boolean {
  return filter === 'all' || (filter === 'kept' ? Boolean(record.kept) : record.reaction === filter);
}

export function applyQuery<T extends Listed>(records: readonly T[], query: LibraryQuery, collator = new Intl.Collator(undefined, { sensitivity: 'base' }), texts?: SearchTexts): T[] {
  const words = foldText(query.search).trim();
  const shown = records.filter((record) => passesFilter(record, query.reaction) && (!words || matchesSearch(record, words, texts)));
  switch (query.sort) {
    case 'newest':
      return shown.sort(byNewest);
    case 'oldest':
      return shown.sort((a, b) => byNewest(b, a));
    case 'site':
      // Articles without a site go last; within a site, newest first.
      return shown
        .map((record) => ({ record, site: siteOf(record) }))
        .sort((a, b) => {
          if (a.site === null || b.site === null) return a.site === b.site ? byNewest(a.record, b.record) : a.site === null ? 1 : -1;
          return collator.compare(a.site, b.site) || byNewest(a.record, b.record);
        })
        .map(({ record }) => record);
  }
}

export function countByReaction(records: readonly Listed[]): Record<Reaction, number> {
  const counts = Object.fromEntries(REACTIONS.map((reaction) => [reaction, 0])) as Record<Reaction, number>;
  for (const record of records) if (record.reaction) counts[record.reaction] += 1;
  return counts;
}
