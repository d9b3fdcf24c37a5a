/**
 * Title, byline and date against references nobody here wrote:
 *   npm run bench:metadata
 * Defuddle's fixture suite (its expected Markdown opens with the title, author and date Defuddle reads; titles
 * there are cleaned of site names) on both sides of bench/defuddle-split.json: rules are tuned on development
 * pages only. Readability's 130 test pages (expected-metadata.json) for bylines and dates: never tuned on (their
 * titles are Readability's own output, site tails kept, so titles are not scored there).
 * Our pipeline beside plain Readability. Writes artifacts/bench-metadata.json with every miss.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core';
import { parseHtml } from '../src/cli/parse-html';
import { loadDefuddlePages } from './lib/defuddle-corpus';
import { loadSplit } from './lib/defuddle-split';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIELDS = ['title', 'byline', 'published'] as const;
type Field = (typeof FIELDS)[number];
type Meta = Record<Field, string>;

interface Case {
  name: string;
  set: string;
  url: string;
  html: string;
  expected: Partial<Meta>;
}

const norm = (value: string | null | undefined): string => (value ?? '').normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
/** Dates compare by calendar day (the references write them in several forms). */
const day = (value: string | null | undefined): string => {
  const text = (value ?? '').trim();
  if (!text) return '';
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (iso) return iso;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? norm(text) : parsed.toISOString().slice(0, 10);
};
const same = (field: Field, want: string, got: string): boolean => (field === 'published' ? day(want) === day(got) : norm(want) === norm(got));
const words = (value: string): string[] => norm(value).match(/[\p{L}\p{N}]+/gu) ?? [];
/**
 * Readability's expected bylines are its own raw lines ("By Ann Berg\n March 25, 2015"), so a byline cleaned to the
 * name never equals them: the name is right when each of its words is in the line (and both are empty or not).
 */
const nameInLine = (want: string, got: string): boolean => {
  const line = new Set(words(want));
  const name = words(got);
  return line.size === 0 ? name.length === 0 : name.length > 0 && name.every((word) => line.has(word));
};

function defuddleCases(dir: string): Case[] {
  const splitOf = loadSplit();
  return loadDefuddlePages(dir).map((page) => {
    const markdown = readFileSync(join(dir, 'expected', page.name + '.md'), 'utf8');
    const block = /^\s*```json\n([\s\S]*?)\n```/.exec(markdown)?.[1];
    const meta = block ? (JSON.parse(block) as { title?: string; author?: string; published?: string }) : {};
    return { name: page.name, set: `defuddle ${splitOf(page.name)}`, url: page.url, html: page.html, expected: { title: meta.title ?? '', byline: meta.author ?? '', published: meta.published ?? '' } };
  });
}

function readabilityCases(dir: string): Case[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'expected-metadata.json')))
    .sort()
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as { byline?: string | null; publishedTime?: string | null };
      return { name, set: 'readability', url: `http://fakehost/test/page.html`, html: readFileSync(join(dir, name, 'source.html'), 'utf8'), expected: { byline: meta.byline ?? '', published: meta.publishedTime ?? '' } };
    });
}

function ours(c: Case): Meta {
  const { document, close } = parseHtml(c.html, c.url);
  try {
    const outcome = extractArticle(document, { url: c.url, force: true });
    if (outcome.status !== 'article') return { title: outcome.title, byline: '', published: '' };
    return { title: outcome.article.title, byline: outcome.article.byline ?? '', published: outcome.article.publishedTime ?? '' };
  } finally {
    close();
  }
}

function readability(c: Case): Meta {
  const { document, close } = parseHtml(c.html, c.url);
  try {
    const parsed = new Readability(document.cloneNode(true) as Document).parse();
    return { title: parsed?.title ?? '', byline: parsed?.byline ?? '', published: parsed?.publishedTime ?? '' };
  } finally {
    close();
  }
}

const cases = [...defuddleCases(resolve(REPO, '../shared/corpora/defuddle-fixtures')), ...readabilityCases(resolve(REPO, '../shared/corpora/readability-test-pages'))];
const results = cases.map((c) => {
  let mine: Meta;
  let theirs: Meta;
  try {
    mine = ours(c);
  } catch (error) {
    mine = { title: `error: ${String(error).slice(0, 80)}`, byline: '', published: '' };
  }
  try {
    theirs = readability(c);
  } catch {
    theirs = { title: '', byline: '', published: '' };
  }
  return { name: c.name, set: c.set, expected: c.expected, ours: mine, readability: theirs };
});

console.log('| set | field | pages | Clean Reader | Readability |');
console.log('|---|---|---:|---:|---:|');
for (const set of ['defuddle development', 'defuddle held-out', 'readability']) {
  for (const field of FIELDS) {
    const scored = results.filter((r) => r.set === set && r.expected[field] !== undefined);
    if (scored.length === 0) continue;
    const rate = (system: 'ours' | 'readability') => ((100 * scored.filter((r) => same(field, r.expected[field]!, r[system][field])).length) / scored.length).toFixed(1) + ' %';
    console.log(`| ${set} | ${field} | ${scored.length} | ${rate('ours')} | ${rate('readability')} |`);
    if (set === 'readability' && field === 'byline') {
      const inLine = (system: 'ours' | 'readability') => ((100 * scored.filter((r) => nameInLine(r.expected.byline!, r[system].byline)).length) / scored.length).toFixed(1) + ' %';
      console.log(`| ${set} | byline, its words in the expected line | ${scored.length} | ${inLine('ours')} | ${inLine('readability')} |`);
    }
    if (set === 'readability' && field === 'published') {
      // Readability's reference has no date where Readability found none; a date found there is not known to be wrong.
      const dated = scored.filter((r) => r.expected.published);
      const rate = (system: 'ours' | 'readability') => ((100 * dated.filter((r) => same(field, r.expected.published!, r[system].published)).length) / dated.length).toFixed(1) + ' %';
      console.log(`| ${set} | published, where the reference has a date | ${dated.length} | ${rate('ours')} | ${rate('readability')} |`);
    }
  }
}
mkdirSync(resolve(REPO, 'artifacts'), { recursive: true });
const misses = results.flatMap((r) => FIELDS.filter((field) => r.expected[field] !== undefined && !same(field, r.expected[field]!, r.ours[field])).map((field) => ({ name: r.name, set: r.set, field, expected: r.expected[field], ours: r.ours[field] })));
writeFileSync(resolve(REPO, 'artifacts/bench-metadata.json'), JSON.stringify({ misses, results }, null, 1));
