/** The history's list: every reaction record and every kept article, one item per article. */
import type { KeptEntry } from '../kept/kept-entry';
import type { ReactionRecord } from '../reactions/record';
import type { Listed } from './query';

export interface HistoryItem extends Listed {
  record: ReactionRecord | null;
  kept: KeptEntry | null;
  leadImage: string | null;
  updatedAt: number;
}

/**
 * One item per canonical URL: the reaction record's fields when there is one (its dates are the reaction's),
 * else the kept copy's (kept from the reader without a reaction, dated when it was kept).
 */
export function listedItems(records: readonly ReactionRecord[], kept: ReadonlyMap<string, KeptEntry>): HistoryItem[] {
  const items: HistoryItem[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    seen.add(record.key);
    items.push({ ...record, record, kept: kept.get(record.key) ?? null });
  }
  for (const entry of kept.values()) {
    if (seen.has(entry.key)) continue;
    items.push({
      key: entry.key,
      url: entry.url,
      title: entry.title,
      site: entry.site,
      leadImage: entry.leadImage,
      reaction: null,
      savedAt: entry.keptAt,
      updatedAt: entry.keptAt,
      record: null,
      kept: entry,
    });
  }
  return items;
}
