/**
 * Text F1 on Defuddle's own fixture suite (../shared/corpora/defuddle-fixtures), per category and overall, for
 * our pipeline beside plain Readability and Defuddle itself (its content HTML, scored like ours):
 *   npm run bench:defuddle [DIR] [--pages NAME,NAME] [--split development|held-out]
 * Scoring as the corpus README says (bench/lib/defuddle-corpus.ts). Writes artifacts/bench-defuddle.json with
 * every page's precision and recall, and prints the pages where we fall more than 0.05 below Readability.
 * The pages are split once into development and held-out (bench/defuddle-split.json): rules are tuned on the
 * development pages only, and the tables give both sides.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Defuddle } from 'defuddle/node';
import { parseHtml } from '../src/cli/parse-html';
import { loadDefuddlePages, macro, scoreText, type PageScore } from './lib/defuddle-corpus';
import { loadSplit, type Split } from './lib/defuddle-split';
import { htmlText, runCleanReader, runReadability } from './lib/systems';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SYSTEMS = ['clean-reader', 'readability', 'defuddle'] as const;
type System = (typeof SYSTEMS)[number];

interface Row {
  name: string;
  category: string;
  split: Split;
  scores: Record<System, PageScore>;
  empty: Record<System, boolean>;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--pages') ? new Set(args[args.indexOf('--pages') + 1]?.split(',')) : null;
  const dir = resolve(REPO, args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--pages' && args[i - 1] !== '--split') ?? '../shared/corpora/defuddle-fixtures');
  const splitOf = loadSplit();
  const side = args.includes('--split') ? (args[args.indexOf('--split') + 1] as Split) : null;
  if (side && side !== 'development' && side !== 'held-out') throw new Error(`--split is development or held-out, not ${side}`);
  const pages = loadDefuddlePages(dir).filter((page) => (!only || only.has(page.name)) && (!side || splitOf(page.name) === side));
  if (pages.length === 0) throw new Error(`No Defuddle fixtures in ${dir}`);

  const rows: Row[] = [];
  for (const page of pages) {
    const texts = {} as Record<System, string>;
    // Each system gets a document of its own: none may see what another changed.
    for (const system of SYSTEMS) {
      const { document, close } = parseHtml(page.html, page.url);
      try {
        if (system === 'readability') texts[system] = runReadability(document).text;
        else if (system === 'clean-reader') texts[system] = runCleanReader(document, page.url).text;
        else texts[system] = htmlText((await Defuddle(document, page.url, {})).content);
      } catch (error) {
        console.error(`${page.name} (${system}): ${String(error).slice(0, 200)}`);
        texts[system] = '';
      } finally {
        close();
      }
    }
    const scores = {} as Record<System, PageScore>;
    const empty = {} as Record<System, boolean>;
    for (const system of SYSTEMS) {
      scores[system] = scoreText(page.expectedText, texts[system]);
      empty[system] = texts[system].trim() === '';
    }
    rows.push({ name: page.name, category: page.category, split: splitOf(page.name), scores, empty });
  }

  const categories = [...new Set(rows.map((row) => row.category))].sort();
  const line = (label: string, subset: Row[]): string =>
    `| ${label} | ${subset.length} | ` + SYSTEMS.map((system) => macro(subset.map((row) => row.scores[system])).f1.toFixed(3)).join(' | ') + ' |';
  console.log(`| category | pages | ${SYSTEMS.join(' | ')} |`);
  console.log(`|---|---:|${SYSTEMS.map(() => '---:').join('|')}|`);
  for (const category of categories) console.log(line(category, rows.filter((row) => row.category === category)));
  console.log(line('**whole suite**', rows));
  for (const split of ['development', 'held-out'] as const) {
    const subset = rows.filter((row) => row.split === split);
    if (subset.length > 0 && subset.length < rows.length) console.log(line(`whole suite, ${split}`, subset));
  }
  // Per category on each side, for the categories this change is judged on.
  for (const category of ['codeblocks', 'math', 'general', 'issues']) {
    for (const split of ['development', 'held-out'] as const) {
      const subset = rows.filter((row) => row.category === category && row.split === split);
      if (subset.length > 0 && subset.length < rows.length) console.log(line(`${category}, ${split}`, subset));
    }
  }

  const f1 = (row: Row, system: System): number => row.scores[system].f1;
  const behind = rows.filter((row) => f1(row, 'readability') - f1(row, 'clean-reader') > 0.05).sort((a, b) => f1(a, 'clean-reader') - f1(a, 'readability') - (f1(b, 'clean-reader') - f1(b, 'readability')));
  const emptyOurs = rows.filter((row) => row.empty['clean-reader'] && !row.empty.readability);
  console.log(`\nEmpty output where Readability has one: ${emptyOurs.length}${emptyOurs.length ? ' (' + emptyOurs.map((row) => row.name).join(', ') + ')' : ''}`);
  console.log(`Pages more than 0.05 below Readability: ${behind.length}`);
  for (const row of behind) console.log(`  ${row.name}: ours ${f1(row, 'clean-reader').toFixed(3)}, Readability ${f1(row, 'readability').toFixed(3)}`);

  mkdirSync(resolve(REPO, 'artifacts'), { recursive: true });
  writeFileSync(resolve(REPO, 'artifacts/bench-defuddle.json'), JSON.stringify({ dir, rows }, null, 1));
}

await main();
