/**
 * `npm run size`: gzip size of everything each part of the built extension loads (the page's scripts, their
 * static imports and stylesheets; the injected script; the background worker), checked against
 * bench/bundle-budgets.json. Exits 1 when a bundle is over budget or has no budget.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, process.argv[2] ?? 'dist');
const budgets = JSON.parse(readFileSync(fileURLToPath(new URL('bundle-budgets.json', import.meta.url)), 'utf8')) as Record<string, number>;

const gzipBytes = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/**
 * Chunks a page imports dynamically as it starts, split off only so that they load in parallel (the popup's
 * boot script loads the card, which asks for the finishing module at once): counted with the page.
 */
const STARTUP_CHUNKS = /^(?:main|finish-page)-[\w-]+\.js$/;

/** The file and every file it statically imports (and the start-up chunks it imports dynamically), as dist-relative paths. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.endsWith('.js')) return seen;
  const code = readFileSync(join(DIST, file), 'utf8');
  const startup = [...code.matchAll(/\bimport\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)].filter(([, spec]) => STARTUP_CHUNKS.test(posix.basename(spec!)));
  for (const [, spec] of [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g), ...startup]) {
    const target = spec!.startsWith('/') ? spec!.slice(1) : posix.join(posix.dirname(file), spec!);
    withImports(target, seen);
  }
  return seen;
}

function pageFiles(html: string): Set<string> {
  const files = new Set<string>();
  const source = readFileSync(join(DIST, html), 'utf8');
  for (const [, ref] of source.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const file = ref!.startsWith('/') ? ref!.slice(1) : posix.join(posix.dirname(html), ref!);
    for (const each of withImports(file)) files.add(each);
  }
  return files;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(DIST, join(dir, entry.name)).split('\\').join('/')],
  );
}

if (!existsSync(DIST)) {
  console.error(`size: ${DIST} does not exist; run npm run build first`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
const bundles = new Map<string, Set<string>>();
for (const html of walk(DIST).filter((file) => file.endsWith('.html'))) bundles.set(`${posix.dirname(html).split('/').pop()} (${html})`, pageFiles(html));
for (const script of walk(join(DIST, 'src/content'))) bundles.set(`injected script (${script})`, withImports(script));
const worker = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
if (worker) bundles.set(`background (${worker})`, withImports(worker));

let failed = false;
const rows: { bundle: string; gzip: number; budget: number | null; files: string[] }[] = [];
for (const [bundle, files] of bundles) {
  const gzip = [...files].reduce((sum, file) => sum + gzipBytes(file), 0);
  const budget = budgets[bundle] ?? null;
  rows.push({ bundle, gzip, budget, files: [...files] });
  if (budget === null || gzip > budget) failed = true;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${'bundle'.padEnd(52)} ${'gzip'.padStart(9)} ${'budget'.padStart(9)}  status`);
for (const row of rows) {
  const status = row.budget === null ? 'NO BUDGET' : row.gzip > row.budget ? 'OVER' : 'ok';
  console.log(`${row.bundle.padEnd(52)} ${kb(row.gzip).padStart(9)} ${(row.budget === null ? '-' : kb(row.budget)).padStart(9)}  ${status}`);
}
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(join(ROOT, 'artifacts/bundle-size.json'), JSON.stringify(rows, null, 2));
if (failed) {
  console.error('size: a bundle is over its budget or has none (bench/bundle-budgets.json)');
  process.exit(1);
}

