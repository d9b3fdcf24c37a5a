/**
 * Kept articles in the JSON export: a `keptArticles` list beside the reactions, so one file carries the whole
 * library. An import trusts nothing in it: each article is checked field by field, its HTML sanitised again,
 * and its address must be one a page could have had.
 */
import { sanitizeHtml, type Article } from '../core';
import { parseArticle } from '../storage/session-handoff';
import { INVALID, isArticleUrl, isImageUrl, isPlainObject, isTime, urlsAgree } from '../storage/validators';
import { KEPT_LIMITS, type KeptEntry } from './kept-entry';

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
    if (!isPlainObject(value) || !isArticleUrl(value.canonicalUrl) || !isTime(value.keptAt)) return void read.skipped.push({ entry, reason: 'malformed' });
    const article = cleanImportedArticle(value.article, win);
    // A copy filed under one site whose article was read at another lies about where it came from.
    if (!article || !urlsAgree(value.canonicalUrl, article.url)) return void read.skipped.push({ entry, reason: 'malformed' });
    if (seen.has(value.canonicalUrl)) return void read.skipped.push({ entry, reason: 'duplicate' });
    seen.add(value.canonicalUrl);
    if (isKept(value.canonicalUrl)) return void read.skipped.push({ entry, reason: 'already-kept' });
    read.articles.push({ canonicalUrl: value.canonicalUrl, keptAt: value.keptAt, article });
  });
  return read;
}

/**
 * An article from outside (an import file) made safe to keep: every field checked, its HTML sanitised again
 * with the same function the reader uses. Null when it is not an article.
 */
export function cleanImportedArticle(value: unknown, win: Parameters<typeof sanitizeHtml>[1]): Article | null {
  const article = parseArticle(value);
  if (article === INVALID) return null;
  if (article.contentHtml.length > KEPT_LIMITS.htmlChars || article.textContent.length > KEPT_LIMITS.textChars) return null;
  const leadImage = article.leadImage && isImageUrl(article.leadImage.src) ? article.leadImage : null;
  return { ...article, contentHtml: sanitizeHtml(article.contentHtml, win), leadImage };
}
