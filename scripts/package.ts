/**
 * `npm run package [-- --out DIR]`: store packages of the committed tree (HEAD), the same bytes from the same
 * commit. Writes, in artifacts/packages/ by default:
 * - clean-reader-chrome-VERSION.zip   the Chromium build, for the Chrome Web Store;
 * - clean-reader-firefox-VERSION.zip  the Firefox build as `web-ext build` packs it, for addons.mozilla.org;
 * - clean-reader-VERSION-source.zip   the source AMO asks for when code is bundled (`git archive` of HEAD);
 * - SHA256SUMS.
 * HEAD is exported to a temporary folder and built there, so uncommitted changes never reach a package.
 * web-ext lint must report no error on the Firefox build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { filesOf, readZip, reproducibleZip } from './lib/reproducible-zip';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'artifacts/packages' } } });
const OUT = resolve(values.out!);

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const commit = git('rev-parse', 'HEAD');
const commitTime = new Date(Number(git('log', '-1', '--format=%ct', commit)) * 1000);
if (git('status', '--porcelain', '--untracked-files=no')) {
  console.warn(`Uncommitted changes are left out: the packages are built from ${commit.slice(0, 12)} (HEAD).`);
}

const work = mkdtempSync(join(tmpdir(), 'clean-reader-package-'));
try {
  // A clean tree: HEAD as committed, with this checkout's installed dependencies.
  const tree = join(work, 'tree');
  mkdirSync(tree);
  run('tar', ['-x', '-f', writeArchive(join(work, 'head.tar'), 'tar'), '-C', tree], ROOT);
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
  const { version } = JSON.parse(readFileSync(join(tree, 'package.json'), 'utf8')) as { version: string };
  const vite = join(ROOT, 'node_modules/.bin/vite');
  const webExt = join(ROOT, 'node_modules/.bin/web-ext');
  run(vite, ['build', '--logLevel', 'warn'], tree);
  run(vite, ['build', '--mode', 'firefox', '--logLevel', 'warn'], tree);

  const lint = JSON.parse(run(webExt, ['lint', '--source-dir', 'dist-firefox', '--self-hosted', '--output', 'json'], tree)) as {
    summary: { errors: number; warnings: number };
    errors: { code: string; message: string }[];
    warnings: { code: string; file?: string }[];
  };
  if (lint.summary.errors > 0) throw new Error(`web-ext lint: ${lint.errors.map((e) => `${e.code}: ${e.message}`).join('\n')}`);

  mkdirSync(OUT, { recursive: true });
  const packages = new Map<string, Uint8Array>();
  packages.set(`clean-reader-chrome-${version}.zip`, reproducibleZip(filesOf(join(tree, 'dist')), commitTime));
  // web-ext picks the files and names the package; its zip stamps each entry with the current time and
  // adds them in the order the reads finish, so the same files are written again in a fixed order and time.
  const firefoxName = `clean-reader-firefox-${version}.zip`;
  run(webExt, ['build', '--source-dir', 'dist-firefox', '--artifacts-dir', join(work, 'web-ext'), '--filename', firefoxName, '--overwrite-dest'], tree);
  packages.set(firefoxName, reproducibleZip(readZip(readFileSync(join(work, 'web-ext', firefoxName))), commitTime));
  packages.set(`clean-reader-${version}-source.zip`, readFileSync(writeArchive(join(work, 'source.zip'), 'zip', `clean-reader-${version}/`)));

  const sums = [...packages].map(([name, bytes]) => `${sha256(bytes)}  ${name}`);
  for (const [name, bytes] of packages) writeFileSync(join(OUT, name), bytes);
  writeFileSync(join(OUT, 'SHA256SUMS'), sums.join('\n') + '\n');
  console.log(`Packages of ${commit.slice(0, 12)} in ${OUT}:\n${sums.join('\n')}`);
  console.log(`web-ext lint: 0 errors, ${lint.summary.warnings} warnings (${[...new Set(lint.warnings.map((w) => w.code))].join(', ')}; see README).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** `git archive` of HEAD (entries in tree order, all stamped with the commit's time). */
function writeArchive(file: string, format: 'tar' | 'zip', prefix?: string): string {
  git('archive', `--format=${format}`, `--output=${file}`, ...(prefix ? [`--prefix=${prefix}`] : []), commit);
  return file;
}
