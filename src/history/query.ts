/** Filtering, searching, sorting and counting the library: pure, so the page and the tests share it. */
import { REACTIONS, type Reaction, type ReactionRecord } from '../reactions/record';

export type SortOrder = 'newest' | 'oldest' | 'site';
export const SORT_ORDERS: readonly SortOrder[] = ['newest', 'oldest', 'site'];

export interface LibraryQuery {
  reaction: Reaction | 'all';
  search: string;
  sort: SortOrder;
}

export const DEFAULT_QUERY: LibraryQuery = { reaction: 'all', search: '', sort: 'newest' };

/** Lower case without accents, so "cafe" finds "Café" and "munchen" finds "München". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The site's name, else the host of the article's address; null for a local file. */
export function siteOf(record: ReactionRecord): string | null {
  if (record.site) return record.site;
  try {
    return new URL(record.url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const haystacks = new WeakMap<ReactionRecord, string>();
function haystackOf(record: ReactionRecord): string {
  let text = haystacks.get(record);
  if (text === undefined) {
    text = foldText(`${record.title}\n${siteOf(record) ?? ''}`);
    haystacks.set(record, text);
  }
  return text;
}

/** Every word of the search must appear in the title or the site. */
export function matchesSearch(record: ReactionRecord, search: string): boolean {
  const words = foldText(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = haystackOf(record);
  return words.every((word) => haystack.includes(word));
}

const byNewest = (a: ReactionRecord, b: ReactionRecord) => b.savedAt - a.savedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function applyQuery(records: readonly ReactionRecord[], query: LibraryQuery, collator = new Intl.Collator(undefined, { sensitivity: 'base' })): ReactionRecord[] {
  const words = foldText(query.search).trim();
  const shown = records.filter(
    (record) => (query.reaction === 'all' || record.reaction === query.reaction) && (!words || matchesSearch(record, words)),
  );
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

export function countByReaction(records: readonly ReactionRecord[]): Record<Reaction, number> {
  const counts = Object.fromEntries(REACTIONS.map((reaction) => [reaction, 0])) as Record<Reaction, number>;
  for (const record of records) counts[record.reaction] += 1;
  return counts;
}
