import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../src/cli/parse-html';
import { fnv1a } from './page-split';
import { runCleanReader, runReadability } from './systems';
import { loadHosts, loadVariants, type Host, type SplitName } from './widget-corpus';
import { VARIATION_HOSTS_PER_VARIANT, varyWidgets, type Variation } from './widget-variations';
import { containsPhrase, fragmentText, normalizeText } from './widget-match';
import { hostAnchors, PageBuilder, planPages, POSITIONS, type HostAnchors, type PagePlan, type Position, type WidgetPage } from './widget-pages';

/**
 * The widget leak benchmark: every generated page of a split through our pipeline and through plain
 * Readability, on the same document. A page leaks when any of its widget's must-drop strings survives in the
 * extracted content's text or alt text; must-keep is the share of the host's sentences found in that text.
 *
 * jsdom 29 on Node 20 does not free the documents it parses, so pages are measured in child processes of
 * BATCH pages each (bench/widgets.ts --batch).
 *
 * Two things are done once instead of per page, without changing what is measured: each host is parsed once to
 * find where widgets go (the parent passes the anchors to every batch), and plain Readability's text of a page is
 * kept in artifacts/widget-bench-cache/ keyed by the page's HTML and the Readability and jsdom versions (it cannot
 * depend on our engine), so a re-run only runs our pipeline.
 */

export const WIDGET_SYSTEMS = ['readability', 'clean-reader'] as const;
export type WidgetSystem = (typeof WIDGET_SYSTEMS)[number];

const BENCH_SCRIPT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../widgets.ts');
const BATCH = 30;

export interface SystemOutcome {
  leaked: string[];
  lostKeep: string[];
  /** No content at all (Readability found nothing, or our pipeline answered "no article"). */
  empty: boolean;
}

export interface PageResult extends Pick<WidgetPage, 'id' | 'family' | 'variant' | 'kind' | 'host' | 'hostAboutReactions' | 'position'> {
  mustKeep: number;
  per: Record<WidgetSystem, SystemOutcome>;
}

export interface HostBaseline {
  host: string;
  mustKeep: number;
  lost: Record<WidgetSystem, string[]>;
}

function outcome(text: string, page: Pick<WidgetPage, 'mustDrop' | 'mustKeep'>): SystemOutcome {
  return {
    leaked: page.mustDrop.filter((drop) => containsPhrase(text, drop)),
    lostKeep: page.mustKeep.filter((keep) => !text.includes(normalizeText(keep))),
    empty: text.trim() === '',
  };
}

/** The extracted text, or '' when extraction throws (counted as empty output). */
function attempt(run: () => string): string {
  try {
    return fragmentText(run());
  } catch {
    return '';
  }
}

/**
 * Both systems on one page's document; Readability's text comes from `cache` when it holds the page (and is
 * added to it otherwise).
 */
function runSystems(html: string, url: string, page: Pick<WidgetPage, 'mustDrop' | 'mustKeep'>, cache?: Map<string, string>, key?: string): Record<WidgetSystem, SystemOutcome> {
  const { document, close } = parseHtml(html, url);
  try {
    let readability = key ? cache?.get(key) : undefined;
    if (readability === undefined) {
      readability = attempt(() => runReadability(document).html);
      if (key) cache?.set(key, readability);
    }
    return { readability: outcome(readability, page), 'clean-reader': outcome(attempt(() => runCleanReader(document, url).html), page) };
  } finally {
    close();
  }
}

/** The cache key of a page's plain-Readability text: its id and a hash of its HTML. */
const pageKey = (page: Pick<WidgetPage, 'id' | 'html'>): string => `${page.id}#${fnv1a(page.html).toString(36)}#${page.html.length}`;

export function measurePage(page: WidgetPage, cache?: Map<string, string>): PageResult {
  return {
    id: page.id,
    family: page.family,
    variant: page.variant,
    kind: page.kind,
    host: page.host,
    hostAboutReactions: page.hostAboutReactions,
    position: page.position,
    mustKeep: page.mustKeep.length,
    per: runSystems(page.html, page.url, page, cache, pageKey(page)),
  };
}

/** A host on its own, with no widget: what each system keeps of it anyway. */
export function measureHost(host: Host): HostBaseline {
  const per = runSystems(host.html, host.url, { mustDrop: [], mustKeep: host.mustKeep });
  return { host: host.name, mustKeep: host.mustKeep.length, lost: { readability: per.readability.lostKeep, 'clean-reader': per['clean-reader'].lostKeep } };
}

interface BatchJob {
  split: SplitName;
  variation: Variation;
  plans: PagePlan[];
  hosts: string[];
  anchors: Record<string, HostAnchors>;
  /** Plain Readability's text of the batch's pages already measured, by page key. */
  readability: Record<string, string>;
}

interface BatchOutput {
  pages: PageResult[];
  baselines: HostBaseline[];
  readability: Record<string, string>;
}

/** Child side: measures the planned pages (and host baselines) of one batch and writes them as JSON. */
export function runWidgetBatch(jobFile: string, outFile: string): void {
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as BatchJob;
  const hosts = loadHosts(job.split);
  const builder = new PageBuilder(varyWidgets(loadVariants(job.split), job.variation), hosts, new Map(Object.entries(job.anchors)));
  const cache = new Map(Object.entries(job.readability));
  const output: BatchOutput = {
    pages: job.plans.map((plan) => measurePage(builder.build(plan), cache)),
    baselines: hosts.filter((host) => job.hosts.includes(host.name)).map((host) => measureHost(host)),
    readability: Object.fromEntries(cache),
  };
  writeFileSync(outFile, JSON.stringify(output));
}

export interface Rates {
  pages: number;
  /** Share of pages where a must-drop string survived. */
  leakRate: number;
  leakingPages: number;
  /** Share of the host's must-keep strings found in the output, over all pages. */
  mustKeepKept: number;
  /** Pages that lost at least one must-keep string. */
  pagesLosingKeep: number;
  emptyPages: number;
}

export interface WidgetSplitReport {
  split: SplitName;
  variation: Variation;
  pages: number;
  families: number;
  hosts: number;
  overall: Record<WidgetSystem, Rates>;
  /** Pages on hosts whose prose is about reactions, likes or ratings. */
  aboutReactionsHosts: Record<WidgetSystem, Rates>;
  perFamily: Record<string, { kind: string; rates: Record<WidgetSystem, Rates> }>;
  perPosition: Record<Position, Record<WidgetSystem, Rates>>;
  /** Must-keep kept by each system on each host with no widget at all. */
  baselines: HostBaseline[];
  leaking: Record<WidgetSystem, { id: string; leaked: string[] }[]>;
  losingKeep: Record<WidgetSystem, { id: string; lost: string[] }[]>;
  errors: string[];
}

function rates(pages: readonly PageResult[], system: WidgetSystem): Rates {
  const keepTotal = pages.reduce((sum, page) => sum + page.mustKeep, 0);
  const keepLost = pages.reduce((sum, page) => sum + page.per[system].lostKeep.length, 0);
  const leaking = pages.filter((page) => page.per[system].leaked.length > 0).length;
  return {
    pages: pages.length,
    leakRate: pages.length ? leaking / pages.length : Number.NaN,
    leakingPages: leaking,
    mustKeepKept: keepTotal ? 1 - keepLost / keepTotal : Number.NaN,
    pagesLosingKeep: pages.filter((page) => page.per[system].lostKeep.length > 0).length,
    emptyPages: pages.filter((page) => page.per[system].empty).length,
  };
}

const bySystem = (pages: readonly PageResult[]): Record<WidgetSystem, Rates> =>
  Object.fromEntries(WIDGET_SYSTEMS.map((system) => [system, rates(pages, system)])) as Record<WidgetSystem, Rates>;

export function summarize(split: SplitName, variation: Variation, pages: PageResult[], baselines: HostBaseline[], errors: string[]): WidgetSplitReport {
  const families = [...new Set(pages.map((page) => page.family))].sort();
  return {
    split,
    variation,
    pages: pages.length,
    families: families.length,
    hosts: new Set(pages.map((page) => page.host)).size,
    overall: bySystem(pages),
    aboutReactionsHosts: bySystem(pages.filter((page) => page.hostAboutReactions)),
    perFamily: Object.fromEntries(
      families.map((family) => {
        const subset = pages.filter((page) => page.family === family);
        return [family, { kind: subset[0]!.kind, rates: bySystem(subset) }];
      }),
    ),
    perPosition: Object.fromEntries(POSITIONS.map((position) => [position, bySystem(pages.filter((page) => page.position === position))])) as Record<Position, Record<WidgetSystem, Rates>>,
    baselines,
    leaking: Object.fromEntries(
      WIDGET_SYSTEMS.map((system) => [system, pages.filter((page) => page.per[system].leaked.length).map((page) => ({ id: page.id, leaked: page.per[system].leaked }))]),
    ) as WidgetSplitReport['leaking'],
    losingKeep: Object.fromEntries(
      WIDGET_SYSTEMS.map((system) => [system, pages.filter((page) => page.per[system].lostKeep.length).map((page) => ({ id: page.id, lost: page.per[system].lostKeep }))]),
    ) as WidgetSplitReport['losingKeep'],
    errors,
  };
}

export interface WidgetBenchOptions {
  hostsPerVariant?: number;
  /** A harder version of the widgets (bench/lib/widget-variations.ts); plain by default. */
  variation?: Variation;
  /** Called after each batch of pages with the pages measured so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Measures one split end to end (plan, child batches, summary). The test split's figures are for the single
 * measurement at the end of engine work; nothing should be tuned on them.
 */
export function measureWidgetSplit(split: SplitName, options: WidgetBenchOptions = {}): WidgetSplitReport {
  const hosts = loadHosts(split);
  const variation = options.variation ?? 'plain';
  const variants = varyWidgets(loadVariants(split), variation);
  const plans = planPages(variants, hosts, { hostsPerVariant: options.hostsPerVariant ?? VARIATION_HOSTS_PER_VARIANT[variation] });
  const usedHosts = [...new Set(plans.map((plan) => plan.host))].sort();
  // Each host parsed once for its anchors, here, rather than once per batch.
  const anchors = Object.fromEntries(hosts.filter((host) => usedHosts.includes(host.name)).map((host) => [host.name, hostAnchors(host)]));
  const cache = new ReadabilityCache(split);
  const builder = new PageBuilder(variants, hosts, new Map(Object.entries(anchors)));
  const pages: PageResult[] = [];
  const baselines: HostBaseline[] = [];
  const errors: string[] = [];
  const jobFile = join(tmpdir(), `bench-widgets-job-${process.pid}.json`);
  const outFile = join(tmpdir(), `bench-widgets-out-${process.pid}.json`);
  const batches: BatchJob[] = [];
  for (let start = 0; start < plans.length; start += BATCH) {
    const batch = plans.slice(start, start + BATCH);
    batches.push({ split, variation, plans: batch, hosts: [], anchors, readability: cache.lookup(batch.map((plan) => pageKey(builder.build(plan)))) });
  }
  // Host baselines ride along in batches of their own size, a few hosts each.
  for (let start = 0; start < usedHosts.length; start += 6) batches.push({ split, variation, plans: [], hosts: usedHosts.slice(start, start + 6), anchors, readability: {} });
  try {
    for (const job of batches) {
      writeFileSync(jobFile, JSON.stringify(job));
      const child = spawnSync(process.execPath, [...process.execArgv, BENCH_SCRIPT, '--batch', jobFile, outFile], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
      if (child.status !== 0) {
        errors.push(`batch of ${job.plans.length} pages from ${job.plans[0]?.id ?? job.hosts.join(',')} exited ${child.status ?? child.signal}`);
        continue;
      }
      const output = JSON.parse(readFileSync(outFile, 'utf8')) as BatchOutput;
      pages.push(...output.pages);
      baselines.push(...output.baselines);
      cache.add(output.readability);
      if (job.plans.length) options.onProgress?.(pages.length, plans.length);
    }
  } finally {
    rmSync(jobFile, { force: true });
    rmSync(outFile, { force: true });
    cache.save();
  }
  return summarize(split, variation, pages, baselines, errors);
}

const CACHE_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../artifacts/widget-bench-cache');

/** Plain Readability's text per page, on disk, valid for one Readability and jsdom version. */
class ReadabilityCache {
  private readonly file: string;
  private readonly version: string;
  private texts: Record<string, string> = {};

  constructor(split: SplitName) {
    this.file = join(CACHE_DIR, `readability-${split}.json`);
    const versionOf = (name: string): string => (JSON.parse(readFileSync(resolve(CACHE_DIR, '../../node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    this.version = `readability ${versionOf('@mozilla/readability')}, jsdom ${versionOf('jsdom')}`;
    if (!existsSync(this.file)) return;
    const saved = JSON.parse(readFileSync(this.file, 'utf8')) as { version: string; texts: Record<string, string> };
    if (saved.version === this.version) this.texts = saved.texts;
  }

  lookup(keys: readonly string[]): Record<string, string> {
    return Object.fromEntries(keys.filter((key) => key in this.texts).map((key) => [key, this.texts[key]!]));
  }

  add(texts: Record<string, string>): void {
    Object.assign(this.texts, texts);
  }

  save(): void {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(this.file, JSON.stringify({ version: this.version, texts: this.texts }));
  }
}
