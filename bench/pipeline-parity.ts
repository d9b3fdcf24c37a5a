/**
 * `npx tsx bench/pipeline-parity.ts OUT.json`: a fingerprint of what the pipeline gives on every development page
 * of the Readability corpus, of Defuddle's fixtures and of the widget collection's development split (the whole
 * `extractArticle` outcome, and the injected script's `extractPage` outcome with the body it keeps), one hash per
 * page. `npx tsx bench/pipeline-parity.ts --compare BEFORE.json AFTER.json` names the pages whose outcome
 * differs. Run it on two builds (a worktree of the old commit, same command) to show that a change made the
 * pipeline cheaper without changing what it gives. Development pages only; one jsdom at a time, in child
 * processes of BATCH pages (jsdom on Node 20 does not free the documents it parses).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, extractPage, prepareSpecialMarkup, type PageOutcome } from '../src/core';
import { parseHtml } from '../src/cli/parse-html';
import { loadReferencePages } from './lib/corpus';
import { loadDefuddlePages } from './lib/defuddle-corpus';
import { loadSplit } from './lib/defuddle-split';
import { fnv1a, splitOf } from './lib/page-split';
import { loadHosts, loadVariants } from './lib/widget-corpus';
import { PageBuilder, planPages } from './lib/widget-pages';

const SHARED = fileURLToPath(new URL('../../shared/corpora/', import.meta.url));
const SCRIPT = fileURLToPath(import.meta.url);
const BATCH = 120;

interface Page {
  id: string;
  html: string;
  url: string;
}

/** Every development page, in a fixed order; widget pages are built from their plan only when asked for. */
function pageList(): { ids: string[]; page(index: number): Page } {
  const defuddleSplit = loadSplit();
  const fixed: Page[] = [
    ...loadReferencePages(join(SHARED, 'readability-test-pages'))
      .filter((page) => splitOf('readability', page.name) === 'development')
      .map((page) => ({ id: `readability/${page.name}`, html: page.html, url: `http://fakehost/${page.name}/` })),
    ...loadDefuddlePages(join(SHARED, 'defuddle-fixtures'))
      .filter((page) => defuddleSplit(page.name) === 'development')
      .map((page) => ({ id: `defuddle/${page.name}`, html: page.html, url: page.url })),
  ];
  const variants = loadVariants('development');
  const hosts = loadHosts('development');
  const plans = planPages(variants, hosts);
  let builder: PageBuilder | null = null;
  return {
    ids: [...fixed.map((page) => page.id), ...plans.map((plan) => `widgets/${plan.id}`)],
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
const pageOutcome = (outcome: PageOutcome): unknown => (outcome.status === 'article' ? { ...outcome, body: outcome.body.outerHTML } : outcome);

function fingerprint(page: Page): string {
  const parsed = parseHtml(page.html, page.url);
  try {
    const whole = attempt(() => extractArticle(parsed.document, { url: page.url, force: true }));
    const injected = attempt(() => pageOutcome(extractPage(parsed.document, { url: page.url, force: true }, prepareSpecialMarkup)));
    return `${fnv1a(whole).toString(36)}.${whole.length}/${fnv1a(injected).toString(36)}.${injected.length}`;
  } finally {
    parsed.close();
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--compare') {
    const [before, after] = [args[1]!, args[2]!].map((file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
    const differing = Object.keys(before!).filter((id) => before![id] !== after![id]);
    const missing = Object.keys(after!).filter((id) => !(id in before!));
    console.log(`${Object.keys(before!).length} pages; outcome differs on ${differing.length}; ${missing.length} only in the second`);
    for (const id of [...differing, ...missing]) console.log(`  ${id}`);
    return;
  }
  if (args[0] === '--batch') {
    const [from, to, outFile] = [Number(args[1]), Number(args[2]), args[3]!];
    const list = pageList();
    const out: Record<string, string> = {};
    for (let i = from; i < to; i++) {
      const page = list.page(i);
      out[page.id] = fingerprint(page);
    }
    writeFileSync(outFile, JSON.stringify(out));
    return;
  }
  const outFile = args[0];
  if (!outFile) throw new Error('usage: pipeline-parity.ts OUT.json | --compare BEFORE.json AFTER.json');
  const total = pageList().ids.length;
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-parity-'));
  const all: Record<string, string> = {};
  try {
    for (let from = 0; from < total; from += BATCH) {
      const batchFile = join(dir, `${from}.json`);
      const to = Math.min(total, from + BATCH);
      const child = spawnSync(process.execPath, [...process.execArgv, SCRIPT, '--batch', String(from), String(to), batchFile], { stdio: ['ignore', 'inherit', 'inherit'] });
      if (child.status !== 0) throw new Error(`batch ${from}-${to} failed`);
      Object.assign(all, JSON.parse(readFileSync(batchFile, 'utf8')) as Record<string, string>);
      console.error(`  ${to}/${total}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(outFile, JSON.stringify(all, null, 1));
  console.log(`${total} development pages fingerprinted: ${outFile}`);
}

main();
