/**
 * Hands an extracted article (or the reason there is none) from the popup or the background worker to the
 * reader page, through `storage.session`: never through the URL, and gone when the browser closes. The
 * reader page's URL carries only the entry's random id.
 *
 * What is read back is treated as untrusted: every field is checked, and the reader sanitises the HTML again.
 */
import type { Article, ClutterKind, LeadImage, RemovedClutter } from '../core/article';
import type { RestrictedReason } from '../platform/restricted-pages';
import type { StorageArea } from './storage-area';

export const HANDOFF_VERSION = 1;
export const HANDOFF_KEY_PREFIX = 'readerHandoff:';
/** Entries kept at most; older ones go first. Each tab's latest entry is what its reader shows. */
export const MAX_HANDOFF_ENTRIES = 12;

export type HandoffProblem = 'restricted' | 'not-article' | 'pdf' | 'too-large' | 'error';

export type HandoffPayload =
  | { kind: 'article'; article: Article; canonicalUrl: string }
  | {
      kind: 'problem';
      problem: HandoffProblem;
      /** For 'restricted': why the browser does not let extensions read the page. */
      reason: RestrictedReason | null;
      /** The page that could not be read, when known. */
      url: string | null;
      title: string | null;
      detail: string | null;
    };

export interface HandoffEntry {
  version: typeof HANDOFF_VERSION;
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

const RESTRICTED_REASONS: readonly RestrictedReason[] = ['browser-page', 'web-store', 'pdf', 'local-file', 'not-web', 'not-allowed'];
const PROBLEMS: readonly HandoffProblem[] = ['restricted', 'not-article', 'pdf', 'too-large', 'error'];
const CLUTTER_KINDS: readonly ClutterKind[] = [
  'reactions', 'share', 'related', 'comments', 'newsletter', 'ads', 'poll', 'cookie', 'tags', 'author-bio', 'navigation',
  'social', 'meta', 'player', 'promo',
];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isWebUrl = (v: unknown): v is string => {
  if (!isString(v)) return false;
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

function parseLeadImage(v: unknown): LeadImage | null | undefined {
  if (v === null) return null;
  if (!isObject(v) || !isString(v.src) || !isString(v.alt)) return undefined;
  return { src: v.src, alt: v.alt };
}

function parseRemoved(v: unknown): RemovedClutter[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: RemovedClutter[] = [];
  for (const item of v) {
    if (!isObject(item) || !CLUTTER_KINDS.includes(item.kind as ClutterKind) || !isCount(item.count)) return undefined;
    if (!Array.isArray(item.labels) || !item.labels.every(isString)) return undefined;
    out.push({ kind: item.kind as ClutterKind, count: item.count, labels: [...(item.labels as string[])] });
  }
  return out;
}

/** A checked copy of an article read back from storage, or null if any field is not what it must be. */
export function parseArticle(v: unknown): Article | null {
  if (!isObject(v)) return null;
  const leadImage = parseLeadImage(v.leadImage);
  const removed = parseRemoved(v.removed);
  const summaryOk = Array.isArray(v.summary) && v.summary.every(isString);
  const dir = v.dir === undefined ? null : v.dir;
  const valid =
    isWebUrl(v.url) && isString(v.title) && isStringOrNull(v.byline) && isStringOrNull(v.siteName) &&
    isStringOrNull(v.lang) && isStringOrNull(dir) && isStringOrNull(v.publishedTime) && isStringOrNull(v.excerpt) &&
    summaryOk && isStringOrNull(v.publisherSummary ?? null) && leadImage !== undefined && isString(v.contentHtml) && isString(v.textContent) &&
    isCount(v.wordCount) && isCount(v.readingMinutes) && removed !== undefined && typeof v.readerable === 'boolean';
  if (!valid) return null;
  return {
    url: v.url as string,
    title: v.title as string,
    byline: v.byline as string | null,
    siteName: v.siteName as string | null,
    lang: v.lang as string | null,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
    publishedTime: v.publishedTime as string | null,
    excerpt: v.excerpt as string | null,
    summary: [...(v.summary as string[])],
    publisherSummary: (v.publisherSummary ?? null) as string | null,
    leadImage: leadImage ?? null,
    contentHtml: v.contentHtml as string,
    textContent: v.textContent as string,
    wordCount: v.wordCount as number,
    readingMinutes: v.readingMinutes as number,
    removed: removed ?? [],
    readerable: v.readerable as boolean,
  };
}

function parsePayload(v: unknown): HandoffPayload | null {
  if (!isObject(v)) return null;
  if (v.kind === 'article') {
    const article = parseArticle(v.article);
    return article && isWebUrl(v.canonicalUrl) ? { kind: 'article', article, canonicalUrl: v.canonicalUrl } : null;
  }
  if (v.kind === 'problem' && PROBLEMS.includes(v.problem as HandoffProblem)) {
    const reason = RESTRICTED_REASONS.includes(v.reason as RestrictedReason) ? (v.reason as RestrictedReason) : null;
    return {
      kind: 'problem',
      problem: v.problem as HandoffProblem,
      reason,
      // Only a web address becomes a link back; anything else is dropped.
      url: isWebUrl(v.url) ? v.url : null,
      title: isString(v.title) ? v.title : null,
      detail: isString(v.detail) ? v.detail : null,
    };
  }
  return null;
}

export type HandoffLookup =
  | { status: 'found'; entry: HandoffEntry }
  | { status: 'missing' }
  | { status: 'unreadable' };

export function parseHandoffEntry(value: unknown): HandoffEntry | null {
  if (!isObject(value) || value.version !== HANDOFF_VERSION) return null;
  if (!isHandoffId(value.id) || !Number.isInteger(value.tabId) || !isCount(value.createdAt)) return null;
  const payload = parsePayload(value.payload);
  return payload ? { version: HANDOFF_VERSION, id: value.id, tabId: value.tabId as number, createdAt: value.createdAt, payload } : null;
}

const isQuotaError = (error: unknown) => /quota|QUOTA_BYTES/i.test(String((error as Error)?.message ?? error));

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
    const entry: HandoffEntry = { version: HANDOFF_VERSION, id, tabId, createdAt: this.now(), payload };
    await this.evict(MAX_HANDOFF_ENTRIES - 1);
    try {
      await this.area.set({ [handoffKey(id)]: entry });
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // A very large article: make all the room there is, then try once more.
      await this.evict(0);
      await this.area.set({ [handoffKey(id)]: entry });
    }
    return id;
  }

  async get(id: string): Promise<HandoffLookup> {
    if (!isHandoffId(id)) return { status: 'missing' };
    const value = (await this.area.get(handoffKey(id)))[handoffKey(id)];
    if (value === undefined) return { status: 'missing' };
    const entry = parseHandoffEntry(value);
    return entry && entry.id === id ? { status: 'found', entry } : { status: 'unreadable' };
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

  private async entries(): Promise<{ key: string; tabId: number; createdAt: number }[]> {
    const all = await this.area.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(HANDOFF_KEY_PREFIX))
      .map(([key, value]) => {
        const v = isObject(value) ? value : {};
        return {
          key,
          tabId: Number.isInteger(v.tabId) ? (v.tabId as number) : -1,
          createdAt: isCount(v.createdAt) ? v.createdAt : -1,
        };
      });
  }
}
