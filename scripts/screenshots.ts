/// <reference types="chrome" />
/**
 * `npm run screenshots`: the README's pictures (docs/screenshots/), made from the built extension in
 * Chromium with the same page objects as the end-to-end tests. Tests never write them: they write only
 * under artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromiumSession } from '../tests/harness/chromium-session';
import { startFixtureServer } from '../tests/harness/fixture-server';
import { eventually } from '../tests/harness/views';
import { setLocal, setReaderSettings } from '../tests/e2e/flows/extension-storage';
import { openReader } from '../tests/e2e/flows/reader';
import { HistoryPage } from '../tests/e2e/pages/history';
import { PopupPage } from '../tests/e2e/pages/popup';
import { sampleReactionRecords } from '../tests/harness/sample-reactions';

const OUT = resolve('docs/screenshots');
const THEMES = ['light', 'dark', 'sepia', 'system'] as const;

mkdirSync(OUT, { recursive: true });
const server = await startFixtureServer();
const session = await launchChromiumSession(server);
try {
  // The popup as the toolbar button opens it, images loaded.
  const article = await session.newTab(`${server.origin}/seed-article/`);
  const popup = await PopupPage.open(session, article);
  await eventually(() => popup.view.evaluate(() => [...document.images].every((img) => img.complete)), Boolean, 'the popup images');
  await popup.view.screenshot(`${OUT}/popup.png`);
  await popup.close();

  // The reader in each theme ("system" shown with a dark OS setting).
  const reader = await openReader(session, article);
  const page = session.pageOf(article);
  for (const theme of THEMES) {
    await setReaderSettings(session, { schemaVersion: 1, theme });
    await reader.waitForTheme(theme);
    await page.emulateMedia({ colorScheme: theme === 'system' ? 'dark' : 'light' });
    await page.evaluate(() => document.fonts.ready);
    await article.screenshot(`${OUT}/reader-${theme}.png`);
  }
  await setReaderSettings(session, null);

  // The reader's Save menu, on the demo article (the light system setting again).
  await page.emulateMedia({ colorScheme: 'light' });
  await reader.openSave();
  await article.screenshot(`${OUT}/reader-save.png`);
  await reader.press('Escape');

  // Reading aids on the long article: the table of contents beside it on a wide window, the keys overlay,
  // and a phone-sized window with the contents menu open.
  const long = await session.newTab(`${server.origin}/widget-hosts/v8-blog.html`);
  await long.setViewport(1440, 900);
  const longReader = await openReader(session, long);
  await session.pageOf(long).emulateMedia({ reducedMotion: 'reduce' });
  await eventually(() => longReader.readAloud(), (now) => now.availability !== 'checking', 'the read aloud check');
  await longReader.pickHeading(4);
  await longReader.rendered();
  await long.screenshot(`${OUT}/reader-contents-wide.png`);
  await longReader.press('?');
  await long.waitFor('dialog.key-help[open]');
  await long.screenshot(`${OUT}/reader-keys.png`);
  await long.press('Escape');
  await long.setViewport(390, 800);
  await longReader.rendered();
  await long.click('.toolbar-menu.contents > summary');
  await long.screenshot(`${OUT}/reader-phone-contents.png`);
  await long.close();

  // The history page with twenty reactions, every row drawn, and exactly as tall as the page.
  const records = await sampleReactionRecords();
  const history = await HistoryPage.open(session);
  await history.tab.setViewport(1200, 1640);
  await setLocal(session, records);
  await eventually(() => history.rows(), (rows) => rows.length === 20, 'twenty rows');
  const height = await history.tab.evaluate(() => Math.ceil(document.querySelector('.page')!.getBoundingClientRect().bottom));
  await history.tab.setViewport(1200, height);
  await eventually(() => history.rows(), (rows) => rows.length === 20, 'twenty rows');
  await session.pageOf(history.tab).screenshot({ path: `${OUT}/history.png`, fullPage: true });
  // The history page on a phone.
  await history.tab.setViewport(390, 800);
  await eventually(() => history.rows(), (rows) => rows.length > 5, 'the rows');
  await history.tab.screenshot(`${OUT}/history-phone.png`);

  // Kept articles and "Always open here": the seed article kept from the reader, two sites listed.
  await article.click('[data-action=keep] button');
  await article.waitFor('[data-action=keep] button[aria-pressed=true]');
  await article.screenshot(`${OUT}/reader-kept.png`);
  await session.inExtension(() => chrome.storage.sync.set({ 'settings:alwaysOpen': { schemaVersion: 1, sites: ['harbourgazette.example', 'trendlinedaily.example'] } }));
  await history.tab.setViewport(1200, 1000);
  await history.tab.reload();
  await history.tab.waitFor('[data-panel=always-open] .site');
  await history.search('earnings');
  await eventually(() => history.rows(), (rows) => rows.length === 1, 'the kept article found by its text');
  await history.tab.screenshot(`${OUT}/history-kept.png`);
  console.log(`Wrote popup.png, ${THEMES.map((theme) => `reader-${theme}.png`).join(', ')}, reader-save.png, reader-contents-wide.png, reader-keys.png, reader-phone-contents.png, reader-kept.png, history.png, history-phone.png and history-kept.png in ${OUT}`);
} finally {
  await session.close();
  await server.close();
}
