/**
 * Copies real pages of Readability's test suite (../shared/corpora/readability-test-pages) into a fresh widget
 * set's hosts/ folder and writes its hosts.json; the fresh sets' copy scripts call it (their output is committed, and
 * tests and benchmarks read only the copies). The page is kept as is; its must-keep sentences are the first sentence
 * of each prose paragraph of Readability's expected output, a fixed rule that looks at no widget. The helpers that
 * find those sentences and the body container are shared with tests/fixtures/widget-hosts/copy-hosts.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { blockText } from '../../src/core/block-text';
import { splitOf } from './page-split';
import type { Host } from './widget-corpus';
import type { FreshSet } from './widget-corpus-fresh';
import { hostAnchors } from './widget-pages';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const READABILITY_PAGES = resolve(REPO, '../shared/corpora/readability-test-pages');
export const REFERENCE_URL = 'http://fakehost/test/page.html';
export const MAX_KEEP = 16;

export interface HostPage {
  page: string;
  /** The page's language when its <html lang> does not say it. */
  lang?: string;
}

export interface CopyHostsOptions {
  pages: HostPage[];
  /** The hosts/ folder to write into. */
  outDir: string;
  split: FreshSet;
  /** The copy script's file name, for hosts.json's note. */
  script: string;
  /** hosts.json files whose pages may not be hosts again. */
  earlierHosts: string[];
  /** Pages that may be development pages of Readability's corpus split (for languages the held-out pages lack). */
  allowDevelopment?: string[];
  /** Why those development pages were taken, for hosts.json's notes; by default, for their language. */
  developmentReason?: string;
}

/** A hosts.json entry: a host without its page. */
export type HostEntry = Omit<Host, 'html'>;

export const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

// With node locations, as the generator parses hosts (jsdom builds a slightly different tree without them).
export function parse(html: string, url: string): Document {
  return new JSDOM(html, { url, includeNodeLocations: true, virtualConsole: new VirtualConsole() }).window.document as unknown as Document;
}

function linkShare(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  const linked = [...el.querySelectorAll('a')].reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  return all ? linked / all : 0;
}

/** Readability's expected paragraphs: their text, only those long enough to be prose. */
export function expectedParagraphs(expectedHtml: string, cjk: boolean): string[] {
  const doc = parse(`<body>${expectedHtml}</body>`, REFERENCE_URL);
  return [...doc.querySelectorAll('p')]
    // Prose only: a paragraph that is mostly a link ("Read also: …") points elsewhere; it is not the article.
    .filter((p) => linkShare(p) <= 0.5)
    // Text as the benchmark reads output (line breaks between blocks), so a sentence is compared like for like.
    .map((p) => blockText(p).replace(/\s+/g, ' ').trim())
    .filter((text) => (cjk ? text.length >= 20 : text.split(' ').length >= 8));
}

/** The first sentence of a paragraph, cut at a word when long: enough to prove the paragraph survived. */
export function firstSentence(text: string, cjk: boolean): string {
  const end = cjk ? text.search(/[。！？]/) : text.search(/[.!?]["”’)]?\s+\p{Lu}/u);
  let sentence = end > 0 ? text.slice(0, end + 1) : text;
  if (sentence.length > 140) {
    const cut = sentence.slice(0, 140);
    sentence = cjk ? cut : cut.slice(0, cut.lastIndexOf(' '));
  }
  return sentence.trim();
}

/** At most `count` items, evenly spread, first and last included. */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}

/** The innermost element holding every source paragraph that contains one of `keep`. */
export function bodyContainer(doc: Document, keep: string[]): Element {
  const wanted = keep.map((text) => normalize(text).slice(0, 50));
  const matched = [...doc.querySelectorAll('p')].filter((el) => wanted.some((w) => normalize(blockText(el)).includes(w)));
  if (matched.length === 0) throw new Error('no paragraph of the host matched its must-keep text');
  let common: Element = matched[0]!.parentElement!;
  for (const el of matched) while (!common.contains(el)) common = common.parentElement!;
  return common;
}

/** A selector that names `el` by its path of child positions from <html> (stable for one parser). */
export function pathSelector(el: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node.tagName !== 'HTML'; node = node.parentElement) {
    const parent = node.parentElement;
    const index = parent ? [...parent.children].indexOf(node) + 1 : 1;
    steps.unshift(node.tagName === 'BODY' ? 'body' : `${node.tagName.toLowerCase()}:nth-child(${index})`);
  }
  return `html > ${steps.join(' > ')}`;
}

/** Pages named in earlier hosts.json files: they may not be hosts again. */
export function earlierHostPages(files: string[]): Set<string> {
  return new Set(files.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { hosts: { source: { page: string } }[] }).hosts.map((h) => h.source.page)));
}

/** One real page read for a hosts.json entry, whichever corpus it comes from. */
export interface HostSource {
  page: string;
  html: string;
  url: string;
  lang: string;
  /** The expected output's prose paragraphs that the page's own paragraphs hold. */
  paragraphs: string[];
  corpus: string;
  /** The corpus file copied, for the entry's notes. */
  copiedFrom: string;
  /** What the expected output is, and the page's split, for the entry's notes. */
  expectedNote: string;
  splitNote: string;
}

/** A host's language from its <html lang>, English when it says none. */
export function pageLang(doc: Document, override?: string): string {
  return override ?? ((doc.documentElement.getAttribute('lang') ?? '').split('-')[0]!.toLowerCase() || 'en');
}

export const isCjk = (lang: string): boolean => lang === 'ja' || lang === 'zh';

/** The hosts.json entry of one page; throws when its must-keep text is outside the body or no widget can be placed. */
export function hostEntry(source: HostSource, split: FreshSet): HostEntry {
  const { page, html } = source;
  const cjk = isCjk(source.lang);
  const doc = parse(html, source.url);
  const entry: HostEntry = {
    name: page,
    file: `${page}.html`,
    url: source.url,
    lang: source.lang,
    aboutReactions: false,
    split,
    bodySelector: pathSelector(bodyContainer(doc, source.paragraphs)),
    mustKeep: spread(source.paragraphs.map((p) => firstSentence(p, cjk)), MAX_KEEP),
    source: { corpus: source.corpus, page, notes: `${source.copiedFrom} as is; ${source.splitNote}; must-keep: first sentence of each prose paragraph (at most half link text) of ${source.expectedNote}, at most 16, evenly spread` },
  };
  const body = parse(html, entry.url).querySelector(entry.bodySelector);
  if (!body) throw new Error(`${page}: selector finds nothing`);
  const text = normalize(blockText(body));
  const missing = entry.mustKeep.filter((keep) => !text.includes(normalize(keep)));
  if (missing.length) throw new Error(`${page}: must-keep text outside the body: ${missing.join(' | ')}`);
  hostAnchors({ ...entry, html }); // throws when a widget cannot be placed between its paragraphs
  return entry;
}

/** Copies each page into outDir and writes hosts.json with their entries. */
export function writeHosts(outDir: string, script: string, hosts: { entry: HostEntry; html: string }[]): number {
  for (const { entry, html } of hosts) writeFileSync(join(outDir, entry.file), html);
  writeFileSync(join(outDir, 'hosts.json'), JSON.stringify({ note: `Written by ${script}; do not edit by hand.`, hosts: hosts.map((h) => h.entry) }, null, 2) + '\n');
  return hosts.length;
}

/** Copies the pages and writes hosts.json; throws on a page that is already a host or whose text cannot be placed. */
export function copyReadabilityHosts(options: CopyHostsOptions): number {
  const earlier = earlierHostPages(options.earlierHosts);
  const hosts = options.pages.map(({ page, lang: langOverride }) => {
    if (earlier.has(page)) throw new Error(`${page} is already a host of an earlier set`);
    const split = splitOf('readability', page);
    if (split !== 'held-out' && !options.allowDevelopment?.includes(page)) throw new Error(`${page} is not held out of Readability's corpus split`);
    const html = readFileSync(join(READABILITY_PAGES, page, 'source.html'), 'utf8');
    const lang = pageLang(parse(html, REFERENCE_URL), langOverride);
    const paragraphs = expectedParagraphs(readFileSync(join(READABILITY_PAGES, page, 'expected.html'), 'utf8'), isCjk(lang));
    const splitNote = split === 'held-out' ? 'held out in bench/splits/corpus-splits.json' : `a development page of bench/splits/corpus-splits.json, ${options.developmentReason ?? 'taken for its language'}`;
    const entry = hostEntry({ page, html, url: REFERENCE_URL, lang, paragraphs, corpus: 'readability-test-pages', copiedFrom: 'source.html', expectedNote: 'expected.html', splitNote }, options.split);
    return { entry, html };
  });
  return writeHosts(options.outDir, options.script, hosts);
}
