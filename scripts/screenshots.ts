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
import { MemoryStorageArea } from '../src/storage/memory-storage-area';
import type { Reaction } from '../src/reactions/record';
import { ReactionStore } from '../src/reactions/store';

const OUT = resolve('docs/screenshots');
const THEMES = ['light', 'dark', 'sepia', 'system'] as const;

const SAMPLE_ARTICLES: [string, string | null, string, Reaction][] = [
  ['Port Ellery votes to build tidal barrier after a winter of floods', 'The Harbour Gazette', 'harbourgazette.example', 'like'],
  ['Zuckerberg says Meta won’t slow down AI spend despite DeepSeek’s breakthrough', 'Trendline Daily', 'trendlinedaily.example', 'wow'],
  ['Night trains return to the Alps as demand for slow travel grows', 'Wanderlust Weekly', 'wanderlust.example', 'love'],
  ['Why your sourdough starter smells like nail polish, and how to fix it', 'The Kitchen Table', 'kitchentable.example', 'funny'],
  ['City council approves four-day week trial for 300 staff', 'Metro Courier', 'metrocourier.example', 'like'],
  ['Astronomers spot a comet that will be visible to the naked eye in March', 'Sky & Orbit', 'skyorbit.example', 'wow'],
  ['Local library lends out telescopes, sewing machines and a canoe', 'The Harbour Gazette', 'harbourgazette.example', 'love'],
  ['Chipmakers brace for another year of shortages in car electronics', 'Trendline Daily', 'trendlinedaily.example', 'sad'],
  ['Inside the race to save Europe’s last wild oyster reefs', 'Blue Planet Review', 'blueplanet.example', 'like'],
  ['Ten-year-old wins national chess title with a move nobody expected', 'Metro Courier', 'metrocourier.example', 'love'],
  ['Rents rise 9% as new flats stall at planning stage', 'The Ledger', 'ledger.example', 'angry'],
  ['The quiet comeback of the paper map', 'Wanderlust Weekly', 'wanderlust.example', 'like'],
  ['Heatwave warning issued for the south coast as temperatures hit 34 °C', 'The Harbour Gazette', 'harbourgazette.example', 'sad'],
  ['Study finds four-minute walks every hour offset long sitting', 'Health Desk', 'healthdesk.example', 'like'],
  ['Airline fined for cancelling flights it knew it could not staff', 'The Ledger', 'ledger.example', 'angry'],
  ['What a “Café, Zürich & Co.” menu tells you about tourist pricing', 'Wanderlust Weekly', 'wanderlust.example', 'funny'],
  ['Open-source maintainers say burnout is the biggest security risk', 'Trendline Daily', 'trendlinedaily.example', 'dislike'],
  ['Robot lawnmowers are hurting hedgehogs, wildlife charity warns', 'Blue Planet Review', 'blueplanet.example', 'sad'],
  ['Ferry fares to rise by 6% from April', 'The Harbour Gazette', 'harbourgazette.example', 'dislike'],
  ['A reader’s notes on “The Long Winter”', null, 'file', 'love'],
];

/** Twenty records made by the real store (on an in-memory area), with fixed times. */
async function sampleRecords(): Promise<Record<string, unknown>> {
  const area = new MemoryStorageArea();
  let time = Date.UTC(2025, 0, 6, 9);
  const store = new ReactionStore(area, () => (time += 7 * 3_600_000 + 1_234_567));
  for (const [index, [title, site, host, reaction]] of SAMPLE_ARTICLES.entries()) {
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);
    const url = host === 'file' ? `file:///home/reader/notes/${slug}.html` : `https://${host}/2025/${index + 1}/${slug}`;
    await store.set({ canonicalUrl: url, url, title, site, leadImage: null }, reaction);
  }
  return area.get(null);
}

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

  // The history page with twenty reactions, every row drawn, and exactly as tall as the page.
  const records = await sampleRecords();
  const history = await HistoryPage.open(session);
  await history.tab.setViewport(1200, 1640);
  await setLocal(session, records);
  await eventually(() => history.rows(), (rows) => rows.length === 20, 'twenty rows');
  const height = await history.tab.evaluate(() => Math.ceil(document.querySelector('.page')!.getBoundingClientRect().bottom));
  await history.tab.setViewport(1200, height);
  await eventually(() => history.rows(), (rows) => rows.length === 20, 'twenty rows');
  await session.pageOf(history.tab).screenshot({ path: `${OUT}/history.png`, fullPage: true });

  // Kept articles and "Always open here": the seed article kept from the reader, two sites listed.
  await article.click('[data-action=keep]');
  await article.waitFor('[data-action=keep][aria-pressed=true]');
  await article.screenshot(`${OUT}/reader-kept.png`);
  await session.inExtension(() => chrome.storage.sync.set({ 'settings:alwaysOpen': { schemaVersion: 1, sites: ['harbourgazette.example', 'trendlinedaily.example'] } }));
  await history.tab.setViewport(1200, 1000);
  await history.tab.reload();
  await history.tab.waitFor('[data-panel=always-open] .site');
  await history.search('earnings');
  await eventually(() => history.rows(), (rows) => rows.length === 1, 'the kept article found by its text');
  await history.tab.screenshot(`${OUT}/history-kept.png`);
  console.log(`Wrote popup.png, ${THEMES.map((theme) => `reader-${theme}.png`).join(', ')}, reader-kept.png, history.png and history-kept.png in ${OUT}`);
} finally {
  await session.close();
  await server.close();
}
