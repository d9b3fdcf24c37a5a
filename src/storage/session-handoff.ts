/**
 * Hands an extracted article (or the reason there is none) from the popup or the background worker to the
 * reader page, through `storage.session`: never through the URL, and gone when the browser closes. The
 * reader page's URL carries only the entry's random id.
 *
 * What is read back is treated as untrusted: every field is checked, and the reader sanitises the HTML again.
 */
import { RESTRICTED_REASONS, type Article, type ClutterKind, type PageProblem } from '../core';
import { isQuotaError } from './errors';
import { readItem, writeItem, type ItemFormat } from './item';
import { storedBytes, type StorageArea } from './storage-area';
import {
  arrayOf,
  field,
  INVALID,
  cappedString,
  isArticleUrl,
  isBoolean,
  isImageUrl,
  isInteger,
  isNonNegativeNumber,
  isOneOf,
  isPlainObject,
  isString,
  isTime,
  literal,
  nullable,
  objectOf,
  optional,
  orNull,
  parseFields,
  TEXT_LIMITS,
  urlsAgree,
  variantOf,
  type FieldParser,
  type FieldParsers,
} from './validators';

export const HANDOFF_KEY_PREFIX = 'readerHandoff:';
/** Entries kept at most; older ones go first. Each tab's latest entry is what its reader shows. */
export const MAX_HANDOFF_ENTRIES = 12;
/**
 * The largest entry handed to the reader, as storage counts it (key plus JSON, in UTF-8 bytes). Chromium's
 * `storage.session` holds 10 MiB in all; 8 MiB leaves room for the entry of another tab and is about 3.5 MB
 * of article text (an entry holds the HTML and the plain text). Past it, retrying cannot help: say so.
 */
export const MAX_HANDOFF_BYTES = 8 * 1024 * 1024;

/** The article is larger than the reader takes (`bytes` as stored, `limit` the most it takes). */
export class TooLargeForReaderError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number = MAX_HANDOFF_BYTES,
  ) {
    super(`The article takes ${bytes} bytes; the reading view takes at most ${limit}.`);
    this.name = 'TooLargeForReaderError';
  }
}

export type HandoffPayload =
  | { kind: 'article'; article: Article; canonicalUrl: string }
  /** `url`: the page that could not be read, when known (a web address only: the reader links back to it). */
  | { kind: 'problem'; problem: PageProblem; url: string | null };

export interface HandoffEntry {
  id: string;
  tabId: number;
  createdAt: number;
  payload: HandoffPayload;
}

export function handoffKey(id: string): string {
  return HANDOFF_KEY_PREFIX + id;
}

/** Ids are random UUIDs; anything else in a URL is not looked up. */
export function isHandoffId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

const CLUTTER_KINDS: readonly ClutterKind[] = [
  'reactions', 'share', 'related', 'comments', 'newsletter', 'ads', 'poll', 'cookie', 'tags', 'author-bio', 'navigation',
  'social', 'meta', 'player', 'promo',
];

const text = field(isString);
const textOrNull = field(orNull(isString));
const count = field(isNonNegativeNumber);
const cappedOrNull = (max: number) => nullable(cappedString(max));

/** The lead image, when it is a web address; any other (`file:`, `data:`, `javascript:`) is dropped, not shown. */
const leadImage: FieldParser<Article['leadImage']> = (value) => {
  if (value === null) return null;
  const image = objectOf({ src: text, alt: cappedString(TEXT_LIMITS.title) })(value);
  if (image === INVALID) return INVALID;
  return isImageUrl(image.src) ? image : null;
};

/** Every field of an article, checked and copied; `dir` and `publisherSummary` came later and may be missing. */
export const ARTICLE_FIELDS: FieldParsers<Article> = {
  url: field(isArticleUrl),
  // Page text the views show is capped here, for every view at once.
  title: cappedString(TEXT_LIMITS.title),
  byline: cappedOrNull(TEXT_LIMITS.byline),
  siteName: cappedOrNull(TEXT_LIMITS.siteName),
  lang: textOrNull,
  dir: optional((value) => (value === 'rtl' || value === 'ltr' ? value : value === null || isString(value) ? null : INVALID), null),
  publishedTime: textOrNull,
  excerpt: textOrNull,
  summary: arrayOf(text),
  publisherSummary: optional(textOrNull, null),
  leadImage,
  contentHtml: text,
  textContent: text,
  wordCount: count,
  readingMinutes: count,
  removed: arrayOf(objectOf({ kind: field(isOneOf(CLUTTER_KINDS)), count, labels: arrayOf(text) })),
  readerable: field(isBoolean),
};

export const parseArticle: FieldParser<Article> = objectOf(ARTICLE_FIELDS);

export const parsePageProblem: FieldParser<PageProblem> = variantOf<PageProblem>({
  'not-article': { kind: literal('not-article'), title: text, reason: field(isOneOf(['not-readerable', 'no-content'] as const)) },
  restricted: { kind: literal('restricted'), reason: field(isOneOf(RESTRICTED_REASONS)) },
  'too-large': { kind: literal('too-large'), elementCount: count },
  'no-tab': { kind: literal('no-tab') },
  error: { kind: literal('error'), message: text },
});

const parseArticlePayload = variantOf<HandoffPayload>({
  article: { kind: literal('article'), article: parseArticle, canonicalUrl: field(isArticleUrl) },
  // Only a web address becomes a link back; anything else is dropped.
  problem: { kind: literal('problem'), problem: parsePageProblem, url: (value) => (isArticleUrl(value) ? value : null) },
});

/** A payload; an article's canonical URL must name the site it was read at (as a reaction record's must). */
const parsePayload: FieldParser<HandoffPayload> = (value) => {
  const payload = parseArticlePayload(value);
  if (payload !== INVALID && payload.kind === 'article' && !urlsAgree(payload.canonicalUrl, payload.article.url)) return INVALID;
  return payload;
};

/**
 * v2: the version in `schemaVersion`, as every stored item has it (v1 named it `version`). No migration from
 * v1: `storage.session` is emptied whenever the extension is updated.
 */
export const HANDOFF_FORMAT: ItemFormat<HandoffEntry, keyof HandoffEntry & string> = {
  version: 2,
  unknownVersions: 'refuse',
  parse: (object) =>
    parseFields<HandoffEntry>(object, { id: field(isHandoffId), tabId: field(isInteger), createdAt: field((value) => isTime(value)), payload: parsePayload }),
};

export type HandoffLookup =
  | { status: 'found'; entry: HandoffEntry }
  | { status: 'missing' }
  | { status: 'unreadable' };

/** The handoff entries in one storage area (the browser's `storage.session` in the extension). */
export class HandoffStore {
  constructor(
    private readonly area: StorageArea,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Stores `payload` for the reader that will open in `tabId`; returns the id to put in its URL. */
  async put(tabId: number, payload: HandoffPayload): Promise<string> {
    const id = this.newId();
    const stored = writeItem(HANDOFF_FORMAT, { id, tabId, createdAt: this.now(), payload });
    const bytes = storedBytes(handoffKey(id), stored);
    if (bytes > MAX_HANDOFF_BYTES) throw new TooLargeForReaderError(bytes);
    await this.evict(MAX_HANDOFF_ENTRIES - 1);
    try {
      await this.area.set({ [handoffKey(id)]: stored });
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // A very large article: make all the room there is, then try once more.
      await this.evict(0);
      await this.area.set({ [handoffKey(id)]: stored });
    }
    return id;
  }

  /** The entry `id`, when it was handed over to tab `tabId`: another tab's article is not this one's to show. */
  async get(id: string, tabId: number | null): Promise<HandoffLookup> {
    if (!isHandoffId(id)) return { status: 'missing' };
    const value = (await this.area.get(handoffKey(id)))[handoffKey(id)];
    if (value === undefined) return { status: 'missing' };
    const read = readItem(HANDOFF_FORMAT, value);
    if (!read.ok || read.value.id !== id) return { status: 'unreadable' };
    return read.value.tabId === tabId ? { status: 'found', entry: read.value } : { status: 'missing' };
  }

  /** Forgets the entries of a closed tab. */
  async removeTab(tabId: number): Promise<void> {
    const entries = await this.entries();
    const keys = entries.filter((entry) => entry.tabId === tabId).map((entry) => entry.key);
    if (keys.length) await this.area.remove(keys);
  }

  /** Keeps only the `keep` newest entries (and removes unreadable ones). */
  private async evict(keep: number): Promise<void> {
    const entries = (await this.entries()).sort((a, b) => b.createdAt - a.createdAt);
    const doomed = entries.filter((entry, index) => entry.createdAt < 0 || index >= keep).map((entry) => entry.key);
    if (doomed.length) await this.area.remove(doomed);
  }

  /** Every entry's key, tab and age, read leniently: eviction must reach broken entries too. */
  private async entries(): Promise<{ key: string; tabId: number; createdAt: number }[]> {
    const all = await this.area.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(HANDOFF_KEY_PREFIX))
      .map(([key, value]) => {
        const v = isPlainObject(value) ? value : {};
        return {
          key,
          tabId: isInteger(v.tabId) ? v.tabId : -1,
          createdAt: isNonNegativeNumber(v.createdAt) ? v.createdAt : -1,
        };
      });
  }
}
