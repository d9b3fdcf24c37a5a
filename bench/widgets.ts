/**
 * Widget leak benchmark on the real-world widget collection (tests/fixtures/widgets) placed into real host
 * articles (tests/fixtures/widget-hosts) at five positions:
 *   npm run bench:widgets [-- --split development|test|fresh|fresh2|fresh3|fresh4|fresh5|fresh6] [--variation plain|anonymous|relabelled|heading-ways|restyled] [--hosts-per-variant N] [--write-pages]
 * Our pipeline beside plain Readability: leak rate (pages where a widget's must-drop string survives in the
 * content's text or alt text), must-keep kept (the host's own sentences), per family, per position, on hosts
 * about reactions, and the leaking pages. Writes artifacts/bench-widgets-<split>.json. --write-pages writes the
 * split's generated pages to artifacts/widget-pages/<split>/ instead, to open them in a browser.
 *
 * --variation measures a harder version of the widgets (bench/lib/widget-variations.ts): class names, ids and data
 * attributes made meaningless, labels put into another shipped language, or the widget's caption set outside its box
 * in the ways themes print it (heading-ways), or the markup another theme prints for it: other element types, items
 * wrapped deeper, counts written another way (restyled); development families only.
 *
 * The split defaults to development. The test families are held back: run `--split test` only for the one
 * measurement at the end of engine work. `--split fresh` and `--split fresh2` measure the first two fresh sets
 * (tests/fixtures/widgets-fresh*, bench/lib/widget-corpus-fresh.ts): each was held back until its one measurement on
 * a frozen engine and is a development set since. `--split fresh3` measures the third, a development set likewise
 * since the round after its one measurement, and so are `--split fresh4`, `--split fresh5` and `--split fresh6`, the
 * fourth, the fifth and the sixth (its hosts are held-out pages of Readability's and Defuddle's corpus splits; its one
 * measurement, on a frozen engine, is in the README). None is run in CI.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureWidgetSplit, runWidgetBatch, WIDGET_SYSTEMS, type Rates, type WidgetSplitReport, type WidgetSystem } from './lib/widget-bench';
import { loadHosts, loadVariants, SPLITS, type SplitName } from './lib/widget-corpus';
import { generatePages } from './lib/widget-pages';
import { VARIATION_HOSTS_PER_VARIANT, VARIATIONS, varyWidgets, type Variation } from './lib/widget-variations';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : '—');

function table(title: string, rows: [string, Record<WidgetSystem, Rates>][]): string[] {
  const lines = [``, title, `| | pages | ${WIDGET_SYSTEMS.map((s) => `${s} leak`).join(' | ')} | ${WIDGET_SYSTEMS.map((s) => `${s} must-keep`).join(' | ')} |`, `|---|---:|${WIDGET_SYSTEMS.map(() => '---:').join('|')}|${WIDGET_SYSTEMS.map(() => '---:').join('|')}|`];
  for (const [label, per] of rows) {
    const leak = WIDGET_SYSTEMS.map((s) => `${pct(per[s].leakRate)} (${per[s].leakingPages})`);
    const keep = WIDGET_SYSTEMS.map((s) => `${pct(per[s].mustKeepKept)}${per[s].pagesLosingKeep ? ` (${per[s].pagesLosingKeep} pages lose some)` : ''}`);
    lines.push(`| ${label} | ${per[WIDGET_SYSTEMS[0]].pages} | ${leak.join(' | ')} | ${keep.join(' | ')} |`);
  }
  return lines;
}

/** Leaking pages per widget kind, summed over its families (the held-back split is reported this way). */
function perKind(report: WidgetSplitReport): string[] {
  const kinds = new Map<string, Record<WidgetSystem, [leaking: number, pages: number]>>();
  for (const { kind, rates } of Object.values(report.perFamily)) {
    const entry = kinds.get(kind) ?? (Object.fromEntries(WIDGET_SYSTEMS.map((s) => [s, [0, 0]])) as Record<WidgetSystem, [number, number]>);
    for (const s of WIDGET_SYSTEMS) {
      entry[s][0] += rates[s].leakingPages;
      entry[s][1] += rates[s].pages;
    }
    kinds.set(kind, entry);
  }
  return [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, per]) => `  ${kind}: ${WIDGET_SYSTEMS.map((s) => `${s} ${per[s][0]}/${per[s][1]} (${pct(per[s][0] / per[s][1])})`).join(', ')}`);
}

function print(report: WidgetSplitReport): void {
  const lines = [
    `widget leak benchmark, ${report.split} split${report.variation === 'plain' ? '' : ` (${report.variation})`}: ${report.pages} pages, ${report.families} families, ${report.hosts} hosts`,
    ...table('overall', [['all pages', report.overall], ['hosts about reactions', report.aboutReactionsHosts]]),
    // A variation that places its widgets at fewer positions has no pages at the others.
    ...table('per position', Object.entries(report.perPosition).filter(([, per]) => per[WIDGET_SYSTEMS[0]].pages > 0)),
    ``,
    `per kind: leaking pages / pages`,
    ...perKind(report),
    ...table('per family', Object.entries(report.perFamily).map(([family, { kind, rates }]) => [`${family} (${kind})`, rates])),
    ``,
    `host baselines (no widget): must-keep lost`,
    ...report.baselines
      .filter((b) => WIDGET_SYSTEMS.some((s) => b.lost[s].length))
      .map((b) => `  ${b.host}: ${WIDGET_SYSTEMS.map((s) => `${s} ${b.lost[s].length}/${b.mustKeep}`).join(', ')}`),
    ``,
    `pages leaking (clean-reader): ${report.leaking['clean-reader'].length}`,
    ...report.leaking['clean-reader'].map((page) => `  ${page.id}: ${JSON.stringify(page.leaked)}`),
    `pages losing must-keep (clean-reader): ${report.losingKeep['clean-reader'].length}`,
    ...report.losingKeep['clean-reader'].map((page) => `  ${page.id}: ${page.lost.length} lost, e.g. ${JSON.stringify(page.lost[0])}`),
    ...report.errors.map((error) => `error: ${error}`),
  ];
  console.log(lines.join('\n'));
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--batch') {
    runWidgetBatch(args[1]!, args[2]!);
    return;
  }
  const value = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const split = (value('--split') ?? 'development') as SplitName;
  if (!SPLITS.includes(split)) throw new Error(`--split must be one of ${SPLITS.join(', ')}`);
  const variation = (value('--variation') ?? 'plain') as Variation;
  if (!VARIATIONS.includes(variation)) throw new Error(`--variation must be one of ${VARIATIONS.join(', ')}`);
  if (variation !== 'plain' && split !== 'development') throw new Error('variations are built from development families only');
  const hostsPerVariant = value('--hosts-per-variant') ? Number(value('--hosts-per-variant')) : VARIATION_HOSTS_PER_VARIANT[variation];
  if (args.includes('--write-pages')) {
    const dir = resolve(REPO, 'artifacts/widget-pages', variation === 'plain' ? split : `${split}-${variation}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    let count = 0;
    for (const page of generatePages(varyWidgets(loadVariants(split), variation), loadHosts(split), { hostsPerVariant })) {
      writeFileSync(resolve(dir, `${page.id.replace(/[^a-z0-9._-]+/gi, '_')}.html`), page.html);
      count++;
    }
    console.log(`${count} pages written to ${dir}`);
    return;
  }
  const report = measureWidgetSplit(split, { hostsPerVariant, variation, onProgress: (done, total) => console.error(`  measured ${done}/${total}`) });
  print(report);
  mkdirSync(resolve(REPO, 'artifacts'), { recursive: true });
  const out = resolve(REPO, `artifacts/bench-widgets-${split}${variation === 'plain' ? '' : `-${variation}`}.json`);
  writeFileSync(out, JSON.stringify(report, null, 1));
  console.log(`report: ${out}`);
}

main();
