/**
 * Kept articles in the JSON export: a `keptArticles` list beside the reactions, so one file carries the whole
 * library. An import trusts nothing in it: each article is checked field by field, its HTML sanitised again,
 * and its address must be one a page could have had.
 */
import type { Article } from '../core';
import { isArticleUrl, isNonNegativeNumber, isPlainObject } from '../storage/validators';
import { cleanImportedArticle, type KeptEntry } from './kept-entry';

export const KEPT_EXPORT_FIELD = 'keptArticles';
/** Far above what anyone keeps by hand; low enough that a hostile file cannot make the import run for long. */
export const MAX_IMPORTED_KEPT = 10_000;

export interface ExportedKept {
  canonicalUrl: string;
  keptAt: number;
  article: Article;
}

export function keptExport(rows: readonly { entry: KeptEntry; article: Article }[]): ExportedKept[] {
  return rows.map(({ entry, article }) => ({ canonicalUrl: entry.key, keptAt: entry.keptAt, article }));
}

export type KeptImportSkip = 'malformed' | 'duplicate' | 'already-kept';

export interface KeptImportRead {
  /** The file has no kept articles at all (an export from before they existed). */
  absent: boolean;
  /** The list is not a list, or longer than MAX_IMPORTED_KEPT: none is imported. */
  refused: boolean;
  articles: ExportedKept[];
  skipped: { entry: number; reason: KeptImportSkip }[];
}

/**
 * Reads the kept articles of an import file's parsed JSON. `isKept` says which canonical URLs the device
 * already keeps (its copy stays); `win` is the window the HTML is sanitised with.
 */
export function readKeptImport(data: unknown, isKept: (canonicalUrl: string) => boolean, win: Parameters<typeof cleanImportedArticle>[1]): KeptImportRead {
  const list = isPlainObject(data) ? data[KEPT_EXPORT_FIELD] : undefined;
  const read: KeptImportRead = { absent: list === undefined, refused: false, articles: [], skipped: [] };
  if (list === undefined) return read;
  if (!Array.isArray(list) || list.length > MAX_IMPORTED_KEPT) return { ...read, refused: true };
  const seen = new Set<string>();
  list.forEach((value: unknown, index) => {
    const entry = index + 1;
    if (!isPlainObject(value) || !isArticleUrl(value.canonicalUrl) || !isNonNegativeNumber(value.keptAt)) return void read.skipped.push({ entry, reason: 'malformed' });
    const article = cleanImportedArticle(value.article, win);
    if (!article) return void read.skipped.push({ entry, reason: 'malformed' });
    if (seen.has(value.canonicalUrl)) return void read.skipped.push({ entry, reason: 'duplicate' });
    seen.add(value.canonicalUrl);
    if (isKept(value.canonicalUrl)) return void read.skipped.push({ entry, reason: 'already-kept' });
    read.articles.push({ canonicalUrl: value.canonicalUrl, keptAt: value.keptAt, article });
  });
  return read;
}
