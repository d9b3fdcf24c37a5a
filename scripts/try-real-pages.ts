/**
 * `npx tsx scripts/try-real-pages.ts [NAME…]`: tries the built extension as a new user would on real pages
 * nobody here wrote: development pages of Readability's test corpus, copied to a temporary folder under
 * artifacts/ and served on 127.0.0.1. For each page: the toolbar action's real click, the popup with its "Hid"
 * line opened, then "Read" and the reader, each as a PNG in artifacts/real-pages/, and the Hid line as text.
 * A tool to look at what the engine does, not a test (its pages are not in the tree). Run `npm run build` first.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromiumSession } from '../tests/harness/chromium-session';
import { startFixtureServer } from '../tests/harness/fixture-server';
import { PopupPage } from '../tests/e2e/pages/popup';
import { ReaderPage } from '../tests/e2e/pages/reader';

const CORPUS = resolve('../shared/corpora/readability-test-pages');
const OUT = resolve('artifacts/real-pages');
const DEFAULT_PAGES = ['bbc-1', 'cnn', 'heise', 'la-nacion', 'folha', 'nytimes-2', 'buzzfeed-1', 'firefox-nightly-blog', 'lwn-1', 'salon-1'];

const names = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_PAGES;
const served = resolve(OUT, 'site');
rmSync(OUT, { recursive: true, force: true });
for (const name of names) {
  const source = resolve(CORPUS, name, 'source.html');
  if (!existsSync(source)) throw new Error(`no page ${name} in ${CORPUS}`);
  mkdirSync(resolve(served, name), { recursive: true });
  cpSync(source, resolve(served, name, 'index.html'));
}

const server = await startFixtureServer(served + '/');
const session = await launchChromiumSession(server);
try {
  for (const name of names) {
    const tab = await session.newTab(`${server.origin}/${name}/`);
    const popup = await PopupPage.open(session, tab);
    const status = await popup.view.evaluate(() => document.querySelector('.status-message')?.textContent ?? '');
    if (status) await popup.tryAnyway().catch(() => undefined);
    const hid = await popup.hidLine();
    if (hid && !hid.open) await popup.toggleHidLine();
    const lines = await popup.view.evaluate(() => [...document.querySelectorAll('.removed-clutter li')].map((li) => li.textContent));
    await popup.view.screenshot(resolve(OUT, `${name}-popup.png`));
    console.log(`${name}: ${hid?.line ?? '(no Hid line)'}${lines.length ? `\n  ${lines.join('\n  ')}` : ''}`);
    await popup.read();
    await ReaderPage.opened(tab);
    await popup.close().catch(() => undefined);
    await tab.screenshot(resolve(OUT, `${name}-reader.png`));
  }
} finally {
  await session.close();
  await server.close();
}
