import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { htmlText } from './systems';

/**
 * Defuddle's own fixture suite (../shared/corpora/defuddle-fixtures): each page with Defuddle's expected Markdown,
 * scored as its README says: the text of the expected Markdown against the text of an extractor's content HTML,
 * 4-word shingles over tokens /[\p{L}\p{N}_]+/gu, per-page precision and recall, macro means, F1 = 2PR/(P+R).
 */

export interface DefuddlePage {
  /** File name without `.html`, e.g. `codeblocks--stripe`. */
  name: string;
  /** The part before `--` (`general`, `codeblocks`, …); pages without one are `other`. */
  category: string;
  url: string;
  html: string;
  /** Expected article text: the Markdown without its metadata block, rendered to HTML and read as text. */
  expectedText: string;
}

const SHINGLE = 4;
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function loadDefuddlePages(dir: string): DefuddlePage[] {
  const fixtures = join(dir, 'fixtures');
  if (!existsSync(fixtures)) return [];
  return readdirSync(fixtures)
    .filter((file) => file.endsWith('.html') && existsSync(join(dir, 'expected', file.replace(/\.html$/, '.md'))))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const html = readFileSync(join(fixtures, file), 'utf8');
      const markdown = readFileSync(join(dir, 'expected', name + '.md'), 'utf8');
      return { name, category: categoryOf(name), url: fixtureUrl(name, html), html, expectedText: markdownText(markdown) };
    });
}

/** `codeblocks--x` → `codeblocks`; `code-blocks--x` is the same category under another spelling. */
function categoryOf(name: string): string {
  const cut = name.indexOf('--');
  if (cut < 0) return 'other';
  const category = name.slice(0, cut);
  return category === 'code-blocks' ? 'codeblocks' : category;
}

/** The URL Defuddle's fixture test gives a page: its leading `<!-- {"url": …} -->`, else https:// + the name. */
export function fixtureUrl(name: string, html: string): string {
  const comment = /^\s*<!--\s*(\{[\s\S]*?\})\s*-->/.exec(html);
  if (comment?.[1]) {
    try {
      const url = (JSON.parse(comment[1]) as { url?: unknown }).url;
      if (typeof url === 'string' && url) return url;
    } catch {
      // Not the metadata comment; fall through.
    }
  }
  const cut = name.indexOf('--');
  return 'https://' + (cut < 0 ? name : name.slice(cut + 2));
}

/**
 * The words a reader sees in Defuddle's expected Markdown: its metadata block dropped, the rest rendered to HTML
 * (the Markdown holds inline HTML such as SVG) and read with the same text function as every system's output.
 */
export function markdownText(markdown: string): string {
  return htmlText(markdownHtml(markdown));
}

/** Defuddle's expected Markdown without its metadata block, rendered to HTML. */
export function markdownHtml(markdown: string): string {
  return marked.parse(markdown.replace(/^\s*```json\n[\s\S]*?\n```\s*/, ''), { async: false });
}

function shingles(text: string): Map<string, number> {
  const words = text.toLowerCase().match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  if (words.length > 0 && words.length < SHINGLE) counts.set(words.join(' '), 1);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const key = words.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Shingle precision and recall of `actual` against `expected` (as multisets). Empty against empty scores 1. */
export function scoreText(expected: string, actual: string): PageScore {
  const want = shingles(expected);
  const have = shingles(actual);
  let wanted = 0;
  let had = 0;
  let common = 0;
  for (const count of want.values()) wanted += count;
  for (const [key, count] of have) {
    had += count;
    common += Math.min(count, want.get(key) ?? 0);
  }
  const precision = had === 0 ? (wanted === 0 ? 1 : 0) : common / had;
  const recall = wanted === 0 ? 1 : common / wanted;
  return { precision, recall, f1: f1(precision, recall) };
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Macro means over pages, and F1 of the means (as the issues report it). */
export function macro(scores: readonly PageScore[]): PageScore {
  const n = scores.length || 1;
  const precision = scores.reduce((sum, s) => sum + s.precision, 0) / n;
  const recall = scores.reduce((sum, s) => sum + s.recall, 0) / n;
  return { precision, recall, f1: f1(precision, recall) };
}
