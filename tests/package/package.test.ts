/**
 * `npm run package`: two runs from the same commit give byte-identical zips, and each zip loads in its
 * browser: Chromium loads the unpacked Chrome zip and shows the card; Firefox installs the Firefox zip as a
 * temporary add-on and runs its pages.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readZip } from '../../scripts/lib/reproducible-zip';
import { launchChromiumSession } from '../harness/chromium-session';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { launchFirefoxSession } from '../harness/firefox-session';
import { artifactPath, eventually } from '../harness/views';
import { popupFlows } from '../e2e/flows/popup';
import { HistoryPage } from '../e2e/pages/history';
import { ReaderPage } from '../e2e/pages/reader';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const NAMES = [`clean-reader-chrome-${version}.zip`, `clean-reader-firefox-${version}.zip`, `clean-reader-${version}-source.zip`];
const runs = [artifactPath('package-run-1'), artifactPath('package-run-2')];
let server: FixtureServer;

before(async () => {
  // Packaging runs vite, web-ext lint and web-ext build on an export of HEAD: give it time on a busy machine.
  for (const out of runs) {
    rmSync(out, { recursive: true, force: true });
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/package.ts'), '--out', out], { cwd: ROOT, stdio: 'inherit', timeout: 300_000 });
  }
  server = await startFixtureServer();
});

after(async () => {
  await server?.close();
});

test('two runs from the same commit give byte-identical zips, with sorted entries and relative paths', () => {
  for (const name of NAMES) {
    const [first, second] = runs.map((dir) => readFileSync(join(dir, name)));
    assert.ok(first!.equals(second!), `${name} differs between two runs`);
  }
  assert.equal(readFileSync(join(runs[0]!, 'SHA256SUMS'), 'utf8'), readFileSync(join(runs[1]!, 'SHA256SUMS'), 'utf8'));
  console.log(readFileSync(join(runs[0]!, 'SHA256SUMS'), 'utf8'));

  for (const name of NAMES.slice(0, 2)) {
    const entries = [...readZip(readFileSync(join(runs[0]!, name))).keys()];
    assert.deepEqual(entries, [...entries].sort(), `${name}: entries not sorted`);
    for (const entry of entries) assert.ok(!entry.startsWith('/') && !entry.includes('..'), `${name}: ${entry}`);
    const manifest = JSON.parse(Buffer.from(readZip(readFileSync(join(runs[0]!, name))).get('manifest.json')!).toString('utf8')) as Record<string, unknown>;
    assert.equal(manifest.version, version, `${name}: the manifest's version is not package.json's`);
    // No machine path in what is shipped.
    for (const [entry, bytes] of readZip(readFileSync(join(runs[0]!, name)))) {
      assert.ok(!Buffer.from(bytes).includes(ROOT), `${name}: ${entry} contains ${ROOT}`);
    }
  }
  const source = [...readZip(readFileSync(join(runs[0]!, NAMES[2]!))).keys()];
  for (const file of ['package.json', 'package-lock.json', 'vite.config.ts', 'manifest.json', 'README.md', 'src/popup/main.tsx']) {
    assert.ok(source.includes(`clean-reader-${version}/${file}`), `the source archive lacks ${file}`);
  }
});

/** The files of a zip written out in a folder, as a person unpacks it. */
function unpack(zip: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [entry, bytes] of readZip(readFileSync(zip))) {
    mkdirSync(dirname(join(dir, entry)), { recursive: true });
    writeFileSync(join(dir, entry), bytes);
  }
  return dir;
}

test('Chromium loads the unpacked Chrome zip, and its popup shows the clean card', async () => {
  const dist = unpack(join(runs[0]!, NAMES[0]!), artifactPath('package-chrome-unpacked'));
  const session = await launchChromiumSession(server, { dist });
  try {
    await popupFlows[0]!.run(session);
  } finally {
    await session.close();
  }
});

test('Firefox installs the Firefox zip as a temporary add-on, and its pages run', async () => {
  // The store build has no host access to 127.0.0.1 and no driver can click Firefox's toolbar (which grants
  // activeTab), so the card itself is tested on the test build (tests/firefox/); here, the package's pages.
  const session = await launchFirefoxSession(server, { addon: join(runs[0]!, NAMES[1]!) });
  try {
    const manifest = await session.inExtension(() => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.getManifest());
    assert.deepEqual([manifest.version, manifest.host_permissions ?? []], [version, []]);
    const history = await HistoryPage.open(session);
    await eventually(() => history.summary(), (summary) => summary.empty.includes('No reactions yet'), 'the empty history');
    const reader = new ReaderPage(await session.newTab(session.extensionUrl('src/reader/index.html?id=00000000-0000-4000-8000-000000000000')));
    await reader.waitForProblem();
    assert.equal((await reader.problem())?.title, 'This reading view has expired');
  } finally {
    await session.close();
  }
});
