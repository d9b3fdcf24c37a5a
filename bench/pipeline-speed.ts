/**
 * `npx tsx bench/pipeline-speed.ts [--compare DIR] [--profile] [PAGE...]`: the injected script's pipeline
 * (`extractPage`, the special-markup stage loaded where the page needs it) and plain Readability, bundled into the page's main world in
 * headless Chromium and run alternately on the same live page, RUNS warm runs (default 15) after one cold run:
 * medians and the ratio to Readability. `--compare DIR` bundles a second tree's src/core (a worktree of an
 * older commit) beside this one and runs it in the same rotation, so before and after are measured under the
 * same load. `--profile` then records Chromium's CPU profile of PROFILE_RUNS (default 20) runs of this tree's
 * pipeline and prints the functions with the most self time. Pages: the seed article and the three largest of
 * Readability's corpus, or names of corpus pages. Then each stage's median time (the onStage hook) as a share of
 * Readability's, for each tree. Prints only; nothing is asserted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { startFixtureServer } from '../tests/harness/fixture-server';
import { median } from './lib/stats';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpora/readability-test-pages');
const RUNS = Number(process.env.RUNS ?? 15);
const PROFILE_RUNS = Number(process.env.PROFILE_RUNS ?? 20);
const TOP = Number(process.env.TOP ?? 25);
const FOCUS = process.env.FOCUS;
const require = createRequire(import.meta.url);
const READABILITY_SOURCE = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

const args = process.argv.slice(2);
const compareDir = args.includes('--compare') ? resolve(args[args.indexOf('--compare') + 1]!) : null;
const profile = args.includes('--profile');
const named = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--compare');

/** A tree's pipeline as the injected script runs it, on a global of the page's main world. */
async function pipelineBundle(root: string, globalName: string): Promise<string> {
  // As the popup does: the special-markup stage only where the page needs it.
  const entry = `import { extractPage, prepareSpecialMarkup, refuseSpecialMarkup, SpecialMarkupNotLoaded } from ${JSON.stringify(join(root, 'src/core'))};
let needsSpecial = false;
export const run = (onStage) => {
  const options = { url: location.href, force: true, maxElemsToParse: 150000, onStage };
  if (needsSpecial) return extractPage(document, options, prepareSpecialMarkup);
  try {
    return extractPage(document, options, refuseSpecialMarkup);
  } catch (error) {
    if (!(error instanceof SpecialMarkupNotLoaded)) throw error;
    needsSpecial = true;
    return run(onStage);
  }
};
/** Milliseconds per stage of one run (the refused first try of a page that needs the special stage is not counted). */
export const stages = () => {
  run();
  const times = {};
  run((stage, ms) => (times[stage] = (times[stage] ?? 0) + ms));
  return times;
};`;
  const result = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', globalName, write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

function targets(origin: string, corpusOrigin: string): { page: string; url: string }[] {
  const corpus = readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, 'source.html')));
  const names = named.length ? named : corpus.sort((a, b) => statSync(join(CORPUS, b, 'source.html')).size - statSync(join(CORPUS, a, 'source.html')).size).slice(0, 3);
  const seed = !named.length || named.includes('seed-article') ? [{ page: 'seed-article', url: `${origin}/seed-article/` }] : [];
  return [...seed, ...names.filter((name) => name !== 'seed-article').map((name) => ({ page: name, url: `${corpusOrigin}/${name}/source.html` }))];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const systems: ('after' | 'before')[] = ['after', ...(compareDir ? (['before'] as const) : [])];
const bundles = { after: await pipelineBundle(ROOT, '__after'), before: compareDir ? await pipelineBundle(compareDir, '__before') : '' };
const fixtures = await startFixtureServer();
const corpus = await startFixtureServer(`${CORPUS}/`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
try {
  for (const target of targets(fixtures.origin, corpus.origin)) {
    const page = await browser.newPage();
    await page.goto(target.url, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: READABILITY_SOURCE });
    for (const system of systems) await page.addScriptTag({ content: bundles[system] });
    const times = await page.evaluate(
      ({ runs, systems }) => {
        const w = window as unknown as Record<string, { run(): unknown }> & { Readability: new (doc: Document) => { parse(): unknown } };
        const out: Record<string, number[]> = { readability: [] };
        for (const system of systems) out[system] = [];
        for (let run = 0; run <= runs; run++) {
          let started = performance.now();
          new w.Readability(document.cloneNode(true) as Document).parse();
          if (run > 0) out.readability!.push(performance.now() - started);
          for (const system of systems) {
            started = performance.now();
            w[`__${system}`]!.run();
            if (run > 0) out[system]!.push(performance.now() - started);
          }
        }
        return out;
      },
      { runs: RUNS, systems: [...systems] },
    );
    // Each stage's median, as a share of Readability's median, for each tree (after the timed rounds).
    const stageTimes = await page.evaluate(
      ({ runs, systems }) => {
        const w = window as unknown as Record<string, { stages(): Record<string, number> }>;
        return Object.fromEntries(systems.map((system) => [system, Array.from({ length: runs }, () => w[`__${system}`]!.stages())]));
      },
      { runs: RUNS, systems: [...systems] },
    );
    const readability = median(times.readability!);
    const line = systems.map((system) => `${system} ${median(times[system]!).toFixed(1)} ms = ${(median(times[system]!) / readability).toFixed(2)}x`);
    // Under load, the median of each round's own ratio says more than the ratio of the medians.
    const paired = (system: string): number => median(times[system]!.map((ms, run) => ms / times.readability![run]!));
    const pairedBefore = compareDir ? `; per round: after/readability ${paired('after').toFixed(2)}x, before/readability ${paired('before').toFixed(2)}x, after/before ${median(times.after!.map((ms, run) => ms / times.before![run]!)).toFixed(2)}` : '';
    console.log(`${target.page}: readability ${readability.toFixed(1)} ms; ${line.join('; ')}${pairedBefore}`);
    for (const system of systems) {
      const runs = stageTimes[system]!;
      console.log(`  ${system} stages / readability: ${Object.keys(runs[0]!).map((stage) => `${stage} ${(median(runs.map((r) => r[stage] ?? 0)) / readability).toFixed(2)}`).join(', ')}`);
    }
    if (profile) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.evaluate((runs) => {
        for (let i = 0; i < runs; i++) (window as unknown as { __after: { run(): unknown } }).__after.run();
      }, PROFILE_RUNS);
      const { profile: recorded } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[] } };
      // Self time per function, and inclusive time (samples with the function anywhere on the stack).
      const byId = new Map(recorded.nodes.map((node) => [node.id, node]));
      const parent = new Map<number, number>();
      for (const node of recorded.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
      const key = (node: ProfileNode): string => `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}`;
      const self = new Map<string, number>();
      const callers = new Map<string, Map<string, number>>();
      const inclusive = new Map<string, number>();
      for (const sample of recorded.samples) {
        const leaf = byId.get(sample)!;
        self.set(key(leaf), (self.get(key(leaf)) ?? 0) + 1);
        // Callers of a leaf: the first frame above it that is not a DOM built-in.
        let up = parent.get(sample);
        while (up !== undefined && byId.get(up)!.callFrame.lineNumber < 0) up = parent.get(up);
        const by = callers.get(key(leaf)) ?? new Map<string, number>();
        const caller = up === undefined ? '(none)' : key(byId.get(up)!);
        by.set(caller, (by.get(caller) ?? 0) + 1);
        callers.set(key(leaf), by);
        const seen = new Set<string>();
        for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) seen.add(key(byId.get(id)!));
        // FOCUS=name: the inclusive table counts only the samples under that function.
        if (!FOCUS || [...seen].some((name) => name.startsWith(`${FOCUS}:`))) for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
      }
      const total = recorded.samples.length;
      const top = (counts: Map<string, number>, n: number, withCallers = false): string[] =>
        [...counts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, n)
          .map(([name, count]) => {
            const by = withCallers ? [...callers.get(name)!].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([caller, c]) => `${caller} ${((100 * c) / total).toFixed(1)}`) : [];
            return `  ${((100 * count) / total).toFixed(1).padStart(5)} %  ${name}${by.length ? `  ← ${by.join(', ')}` : ''}`;
          });
      console.log(`  self:\n${top(self, TOP, true).join('\n')}\n  inclusive:\n${top(inclusive, 2 * TOP).join('\n')}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await fixtures.close();
  await corpus.close();
}
