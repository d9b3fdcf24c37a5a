/**
 * `npm run bench:popup`: toolbar click → popup painted, for Clean Reader's card and for three floor extensions
 * (bench/floor/floor-extensions.ts) loaded beside it in the same Chromium, on the seed article and the largest
 * corpus page (yahoo-2, 1.6 MB). Each round clicks them all in a rotating order; the figures are medians over
 * ROUNDS warm rounds and the medians of the per-round ratios card / F0 and card / F1, first with every icon
 * pinned to the toolbar, then unpinned (in the extensions menu, as a fresh install is). An absolute time says
 * little across machines; the ratio to the floor, measured in the same run, does. Nothing is asserted.
 *
 * "head" is the card's first paint of title, site and the lead image's place (data-head-painted-at); "card"
 * is the whole card with key points and the "Hid" line (data-card-painted-at). A build without the first mark
 * paints both at once, and the card's mark stands for both.
 *
 * `--compare NAME=DIR` (repeatable) loads another build of the card (say, one that finishes the article in the
 * page) beside ours and clicks it in the same rotation, so two ways of doing a thing are measured in one run,
 * against the same floor; its rows add NAME / card, the median of the per-round ratios.
 *
 * For a narrower run while working on one thing: `--pages seed|yahoo` (one page, by a part of its name) and
 * `--pinned-only`. The figures to report come from the whole run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DIST, idOfUnpacked, launchExtensionBrowser, type ExtensionBrowser } from '../tests/harness/extension-browser';
import { startFixtureServer } from '../tests/harness/fixture-server';
import { writeFloorExtensions, type FloorName } from './floor/floor-extensions';
import { median } from './lib/stats';

const ROUNDS = Number(process.env.ROUNDS ?? 10);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ALL_PAGES = [
  { name: 'seed article', path: '/seed-article/' },
  { name: 'yahoo-2 (1.6 MB)', path: '/large/yahoo-2/' },
];
const ARGS = process.argv.slice(2);
const pagesArg = ARGS.includes('--pages') ? ARGS[ARGS.indexOf('--pages') + 1] : undefined;
const PAGES = pagesArg ? ALL_PAGES.filter((page) => page.name.includes(pagesArg)) : ALL_PAGES;
if (PAGES.length === 0) throw new Error(`--pages ${pagesArg}: no such page (${ALL_PAGES.map((page) => page.name).join(', ')})`);
const PINNED_ONLY = ARGS.includes('--pinned-only');

/** `--compare NAME=DIR`: other builds of the card, clicked beside it. */
function comparedBuilds(args: string[]): { name: string; dir: string }[] {
  const builds: { name: string; dir: string }[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--compare') continue;
    const [name, dir] = (args[++i] ?? '').split('=');
    if (!name || !dir || ['F0', 'F1', 'F2', 'card'].includes(name)) throw new Error('usage: --compare NAME=DIR (a built extension)');
    builds.push({ name, dir: resolve(dir) });
  }
  return builds;
}
const COMPARED = comparedBuilds(ARGS);

type Contender = FloorName | 'card' | string;
const CARDS = ['card', ...COMPARED.map((build) => build.name)];
const CONTENDERS: Contender[] = ['F0', 'F1', 'F2', ...CARDS];

interface Click {
  /** Click → the popup's last paint mark. */
  paintMs: number;
  /** Click → its first paint of the title (the floors paint once). */
  headMs: number;
}

const floors = writeFloorExtensions(join(ROOT, 'artifacts/bench-floor'), join(DIST, 'src/content/page-extractor.js'));
const ids: Record<Contender, string> = {
  F0: idOfUnpacked(floors.F0),
  F1: idOfUnpacked(floors.F1),
  F2: idOfUnpacked(floors.F2),
  card: idOfUnpacked(DIST),
  ...Object.fromEntries(COMPARED.map((build) => [build.name, idOfUnpacked(build.dir)])),
};
const server = await startFixtureServer();

async function click(browser: ExtensionBrowser, page: Page, who: Contender): Promise<Click> {
  const popup = await browser.clickAction(page, ids[who]);
  try {
    await popup.waitFor('document.documentElement.dataset.cardPaintedAt');
    const marks = await popup.evaluate<{ card: string; head?: string }>(
      '({ card: document.documentElement.dataset.cardPaintedAt, head: document.documentElement.dataset.headPaintedAt })',
    );
    const card = Number(marks.card) - popup.triggeredAt;
    return { paintMs: card, headMs: marks.head ? Number(marks.head) - popup.triggeredAt : card };
  } finally {
    await popup.close();
    // Let the popup go and the page settle before the next click.
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface PageRun {
  page: string;
  clicks: Record<Contender, Click[]>;
}

async function measure(pinned: boolean): Promise<PageRun[]> {
  const browser = await launchExtensionBrowser({ alsoLoad: [floors.F0, floors.F1, floors.F2, ...COMPARED.map((build) => build.dir)], pinned });
  const runs: PageRun[] = [];
  try {
    const page = await browser.context.newPage();
    for (const { name, path } of PAGES) {
      await page.goto(`${server.origin}${path}`);
      const clicks = Object.fromEntries(CONTENDERS.map((who) => [who, []])) as Record<Contender, Click[]>;
      // Round 0 pays for the injection and the JIT's warm-up: not counted.
      for (let round = 0; round <= ROUNDS; round++) {
        for (let i = 0; i < CONTENDERS.length; i++) {
          const who = CONTENDERS[(i + round) % CONTENDERS.length]!;
          const result = await click(browser, page, who);
          if (round > 0) clicks[who]!.push(result);
        }
      }
      runs.push({ page: name, clicks });
    }
  } finally {
    await browser.close();
  }
  return runs;
}

const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
const ratio = (a: Click[], b: Click[], pick: (c: Click) => number) => median(a.map((each, i) => pick(each) / pick(b[i]!)));

function table(title: string, runs: PageRun[]): string {
  const x = (value: number) => `${value.toFixed(2)}x`;
  const rows: [string, (run: PageRun) => string][] = [
    ['F0 (static popup)', (r) => ms(r.clicks.F0!.map((c) => c.paintMs))],
    ['F1 (F0 + one executeScript)', (r) => ms(r.clicks.F1!.map((c) => c.paintMs))],
    ['F2 (F1 + our extractor, as text)', (r) => ms(r.clicks.F2!.map((c) => c.paintMs))],
  ];
  for (const card of CARDS) {
    const of = (r: PageRun) => r.clicks[card]!;
    rows.push(
      [`${card}: title, site, image`, (r) => ms(of(r).map((c) => c.headMs))],
      [`${card}: whole`, (r) => ms(of(r).map((c) => c.paintMs))],
      [`${card} / F0`, (r) => x(ratio(of(r), r.clicks.F0!, (c) => c.paintMs))],
      [`${card} / F1`, (r) => x(ratio(of(r), r.clicks.F1!, (c) => c.paintMs))],
      [`${card} title, site, image / F1`, (r) => x(ratio(of(r), r.clicks.F1!, (c) => c.headMs))],
    );
    if (card !== 'card') {
      rows.push(
        [`${card} / card, whole`, (r) => x(ratio(of(r), r.clicks.card!, (c) => c.paintMs))],
        [`${card} / card, title, site, image`, (r) => x(ratio(of(r), r.clicks.card!, (c) => c.headMs))],
      );
    }
  }
  const header = `| ${title}, click → painted, median of ${ROUNDS} | ${runs.map((r) => r.page).join(' | ')} |`;
  const rule = `|---|${runs.map(() => '---:').join('|')}|`;
  return [header, rule, ...rows.map(([label, cell]) => `| ${label} | ${runs.map(cell).join(' | ')} |`)].join('\n');
}

try {
  const pinned = await measure(true);
  const unpinned = PINNED_ONLY ? [] : await measure(false);
  console.log(table('pinned', pinned));
  if (!PINNED_ONLY) console.log(`\n${table('unpinned', unpinned)}`);
  console.log('\nRatios are medians of the per-round ratios (each round clicks every contender, in a rotating order).');
  mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'artifacts/bench-popup.json'), JSON.stringify({ rounds: ROUNDS, pinned, unpinned }, null, 2));
} finally {
  await server.close();
}
