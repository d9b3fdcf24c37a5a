/**
 * `tsx bench/bundle-breakdown.ts [entry]`: what an injected script holds, module by module, to see what to move
 * out of it. Builds the entry (default src/content/page-extractor.ts) as the extension builds it (vite, one
 * classic script), then gives each module's code as it lands in the bundle (after tree shaking), minified on its
 * own with esbuild, and the gzip size of each folder's modules together (gzip of parts does not add up to the
 * whole; the last line is the real bundle). Writes artifacts/bundle-breakdown.json.
 */
import { transform } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const entry = process.argv[2] ?? 'src/content/page-extractor.ts';

const result = await build({
  configFile: false,
  logLevel: 'warn',
  build: { write: false, target: 'chrome121', lib: { entry: join(ROOT, entry), formats: ['iife'], name: 'breakdown', fileName: () => 'out.js' } },
});
const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
const chunk = outputs.flatMap((output) => output.output).find((item): item is Rollup.OutputChunk => item.type === 'chunk' && item.isEntry);
if (!chunk) throw new Error(`no chunk built from ${entry}`);

/** A module's folder as a group: the package for node_modules, else its folder under src/. */
function group(id: string): string {
  const path = relative(ROOT, id.replace(/^\0/, '')).split('\\').join('/');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return pkg ? pkg[1]! : path.replace(/\/[^/]+$/, '');
}

const modules = await Promise.all(
  Object.entries(chunk.modules).map(async ([id, info]) => {
    const code = info.code ?? '';
    const minified = code ? (await transform(code, { minify: true, loader: 'js' })).code : '';
    return { module: relative(ROOT, id.replace(/^\0/, '')), group: group(id), minified: minified.length, code: minified };
  }),
);
const groups = new Map<string, { minified: number; code: string }>();
for (const each of modules) {
  const entryGroup = groups.get(each.group) ?? { minified: 0, code: '' };
  entryGroup.minified += each.minified;
  entryGroup.code += each.code;
  groups.set(each.group, entryGroup);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
console.log(`${'group'.padEnd(40)} ${'minified'.padStart(9)} ${'gzip'.padStart(9)}`);
const rows = [...groups].map(([name, { minified, code }]) => ({ name, minified, gzip: gzipSync(code, { level: 9 }).length })).sort((a, b) => b.minified - a.minified);
for (const row of rows) console.log(`${row.name.padEnd(40)} ${kb(row.minified)} ${kb(row.gzip)}`);
console.log(`${'whole bundle'.padEnd(40)} ${kb(chunk.code.length)} ${kb(gzipSync(chunk.code, { level: 9 }).length)}`);
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(
  join(ROOT, 'artifacts/bundle-breakdown.json'),
  JSON.stringify({ entry, groups: rows, modules: modules.map(({ code: _code, ...rest }) => rest).sort((a, b) => b.minified - a.minified) }, null, 2),
);
