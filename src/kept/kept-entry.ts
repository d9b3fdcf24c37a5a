/**
 * A kept article: the cleaned article saved on the device, so the history can open it again offline and search
 * its text. Stored in three parts (see kept-store.ts): the entry (what the history lists), the article itself,
 * and its folded text for search, so listing 1,000 kept articles never reads their bodies.
 */
import type { Article } from '../core';
import type { ItemFormat } from '../storage/item';
import { readItem, writeItem } from '../storage/item';
import { parseArticle } from '../storage/session-handoff';
import {
  articleReferenceFields,
  field,
  INVALID,
  isArticleUrl,
  isImageUrl,
  isNonNegativeNumber,
  isTime,
  literal,
  MAX_URL_LENGTH,
  parseFields,
  urlsAgree,
  type FieldParsers,
} from '../storage/validators';

export const KEPT_SCHEMA_VERSION = 1;

/** What one kept article may hold; a larger one did not come from a page we read (and would not fit well). */
export const KEPT_LIMITS = { url: MAX_URL_LENGTH, title: 2000, site: 500, htmlChars: 5_000_000, textChars: 2_000_000 } as const;

export interface KeptEntry {
  schemaVersion: typeof KEPT_SCHEMA_VERSION;
  /** Canonical URL of the article: the same identity as its reaction record. */
  key: string;
  url: string;
  title: string;
  site: string | null;
  leadImage: string | null;
  /** Epoch milliseconds when it was (last) kept. */
  keptAt: number;
  wordCount: number;
  /** Approximate size of what is stored for it (UTF-16 characters of its HTML and text, times two). */
  bytes: number;
}

const ENTRY_FIELDS: FieldParsers<KeptEntry> = {
  schemaVersion: literal(KEPT_SCHEMA_VERSION),
  ...articleReferenceFields(KEPT_LIMITS),
  keptAt: field(isTime),
  wordCount: field(isNonNegativeNumber),
  bytes: field(isNonNegativeNumber),
};

export const KEPT_ENTRY_FORMAT: ItemFormat<KeptEntry, keyof KeptEntry & string> = {
  version: KEPT_SCHEMA_VERSION,
  unknownVersions: 'refuse',
  parse: (object) => {
    const parsed = parseFields(object, ENTRY_FIELDS);
    // An entry filed under one site whose address is another lies (the history would link it under the first).
    return 'value' in parsed && !urlsAgree(parsed.value.key, parsed.value.url) ? { field: 'url' } : parsed;
  },
};

/** The stored article: the entry's key and the article, every field checked again when read back. */
export interface KeptBody {
  key: string;
  article: Article;
}

const BODY_FORMAT: ItemFormat<KeptBody, keyof KeptBody & string> = {
  version: KEPT_SCHEMA_VERSION,
  unknownVersions: 'refuse',
  parse: (object) =>
    parseFields<KeptBody>(object, {
      key: field(isArticleUrl),
      article: (value) => {
        const article = parseArticle(value);
        if (article === INVALID) return INVALID;
        return article.contentHtml.length > KEPT_LIMITS.htmlChars || article.textContent.length > KEPT_LIMITS.textChars ? INVALID : article;
      },
    }),
};

export function parseKeptEntry(value: unknown): KeptEntry | null {
  const read = readItem(KEPT_ENTRY_FORMAT, value);
  return read.ok ? read.value : null;
}

export function parseKeptBody(value: unknown): KeptBody | null {
  const read = readItem(BODY_FORMAT, value);
  return read.ok ? read.value : null;
}

export function storedBody(body: KeptBody) {
  return writeItem(BODY_FORMAT, body);
}

export function storedEntry(entry: KeptEntry) {
  return writeItem(KEPT_ENTRY_FORMAT, entry);
}

/** Lower case without accents, so "cafe" finds "Café" and "munchen" finds "München". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * What search reads for a kept article: the distinct words of its title, site, byline, key points and text,
 * folded, one space apart. A search word has no space in it, so it is found in this exactly when it is
 * found in the whole folded text; the repeats left out make the history's first search read a third or
 * less of the text.
 */
export function searchTextOf(article: Article): string {
  const folded = foldText([article.title, article.siteName ?? '', article.byline ?? '', ...article.summary, article.textContent].join('\n'));
  return [...new Set(folded.split(/\s+/).filter(Boolean))].join(' ');
}

/** The entry the history lists for `article`, kept under `canonicalUrl` at `keptAt`; null if it cannot be kept. */
export function entryFor(canonicalUrl: string, article: Article, keptAt: number): KeptEntry | null {
  return parseKeptEntry(
    storedEntry({
      schemaVersion: KEPT_SCHEMA_VERSION,
      key: canonicalUrl,
      url: article.url,
      title: article.title.slice(0, KEPT_LIMITS.title),
      site: article.siteName === null ? null : article.siteName.slice(0, KEPT_LIMITS.site),
      leadImage: article.leadImage && isImageUrl(article.leadImage.src) ? article.leadImage.src : null,
      keptAt,
      wordCount: article.wordCount,
      bytes: 2 * (article.contentHtml.length + 2 * article.textContent.length + article.title.length),
    }),
  );
}
