/**
 * `npx tsx bench/pipeline-parity.ts OTHER_TREE`: whether this tree's pipeline and another tree's (a worktree of an
 * older commit, its src/core imported beside ours) give the same outcome on every development page of the
 * Readability corpus, of Defuddle's fixtures and of the widget collection's development split: the injected
 * script's `extractPage` outcome, title, body markup, removed report and the body it keeps, compared as text,
 * both run on the same parsed page (the pipeline never changes it). Prints the number of pages and the ids of
 * those that differ. Development pages only; pages are parsed in child processes of BATCH pages each (jsdom on
 * Node 20 does not free the documents it parses).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as core from '../src/core';
import { parseHtml } from '../src/cli/parse-html';
import { realPagesOf } from './lib/real-pages';
import { loadHosts, loadVariants } from './lib/widget-corpus';
import { PageBuilder, planPages } from './lib/widget-pages';

type Core = Pick<typeof core, 'extractPage' | 'prepareSpecialMarkup'>;

const SCRIPT = fileURLToPath(import.meta.url);
const BATCH = 20;

interface Page {
  id: string;
  html: string;
  url: string;
}

/** Every development page, in a fixed order; widget pages are built from their plan only when asked for. */
function pageList(): { count: number; page(index: number): Page } {
  const fixed: Page[] = realPagesOf('development');
  const variants = loadVariants('development');
  const hosts = loadHosts('development');
  const plans = planPages(variants, hosts);
  let builder: PageBuilder | null = null;
  return {
    count: fixed.length + plans.length,
    page(index) {
      if (index < fixed.length) return fixed[index]!;
      builder ??= new PageBuilder(variants, hosts);
      const built = builder.build(plans[index - fixed.length]!);
      return { id: `widgets/${built.id}`, html: built.html, url: built.url };
    },
  };
}

const attempt = (run: () => unknown): string => {
  try {
    return JSON.stringify(run());
  } catch (error) {
    return `error: ${String(error)}`;
  }
};

/** The injected script's outcome as text, the body it keeps (an element) as its markup. */
function outcomeText(pipeline: Core, doc: Document, url: string): string {
  return attempt(() => {
    const outcome = pipeline.extractPage(doc, { url, force: true }, pipeline.prepareSpecialMarkup);
    return outcome.status === 'article' ? { ...outcome, body: outcome.body.outerHTML } : outcome;
  });
}

/** Child side: the ids of the batch's pages on which the two trees differ, written as JSON. */
async function runBatch(other: string, from: number, to: number, outFile: string): Promise<void> {
  const theirs = (await import(pathToFileURL(join(other, 'src/core/index.ts')).href)) as Core;
  const list = pageList();
  const differing: string[] = [];
  for (let i = from; i < to; i++) {
    const page = list.page(i);
    const parsed = parseHtml(page.html, page.url);
    try {
      if (outcomeText(core, parsed.document, page.url) !== outcomeText(theirs, parsed.document, page.url)) differing.push(page.id);
    } finally {
      parsed.close();
    }
  }
  writeFileSync(outFile, JSON.stringify(differing));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--batch') return runBatch(args[1]!, Number(args[2]), Number(args[3]), args[4]!);
  if (!args[0]) throw new Error('usage: pipeline-parity.ts OTHER_TREE [FROM TO]');
  const other = resolve(args[0]);
  // FROM and TO: a range of the page list, to share the pages among runs.
  const count = pageList().count;
  const start = Number(args[1] ?? 0);
  const total = Math.min(count, Number(args[2] ?? count));
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-parity-'));
  const differing: string[] = [];
  try {
    for (let from = start; from < total; from += BATCH) {
      const batchFile = join(dir, `${from}.json`);
      const to = Math.min(total, from + BATCH);
      const child = spawnSync(process.execPath, [...process.execArgv, SCRIPT, '--batch', other, String(from), String(to), batchFile], { stdio: ['ignore', 'inherit', 'inherit'] });
      if (child.status !== 0) throw new Error(`batch ${from}-${to} failed`);
      differing.push(...(JSON.parse(readFileSync(batchFile, 'utf8')) as string[]));
      console.error(`  pages ${start}-${to} compared, differing so far ${differing.length}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`pages ${start}-${total} of ${count} development pages; the outcome differs from ${other}'s on ${differing.length}`);
  for (const id of differing) console.log(`  ${id}`);
}

await main();
