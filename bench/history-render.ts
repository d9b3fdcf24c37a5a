/// <reference types="chrome" />
/**
 * Measures the history page with 5,000 reactions in storage, in the e2e Chromium with the built extension:
 * - render: time from navigation start to the `listPainted` mark the page sets once its list is
 *   on screen, over 5 page loads (median reported, not asserted);
 * - round trip: export JSON through the page, remove all, import the file, and compare storage.
 *
 * Run with `npm run bench:history` (builds first).
 */
import { readFileSync } from 'node:fs';
import { launchExtensionBrowser } from '../tests/harness/extension-browser';
import { MemoryStorageArea } from '../src/storage/memory-storage-area';
import { REACTIONS } from '../src/reactions/record';
import { ReactionStore } from '../src/reactions/store';

const RECORDS = 5_000;
const LOADS = 5;

const SITES = ['The Harbour Gazette', 'Trendline Daily', 'Wanderlust Weekly', 'Metro Courier', 'The Ledger', 'Blue Planet Review', 'Health Desk', 'Sky & Orbit'];
const WORDS = ['council', 'votes', 'harbour', 'market', 'rally', 'storm', 'comet', 'trains', 'rents', 'chess', 'library', 'oysters', 'heatwave', 'ferry', 'budget', 'school', 'election', 'museum', 'river', 'bakery'];

async function seedRecords(): Promise<Record<string, unknown>> {
  const area = new MemoryStorageArea();
  let time = Date.UTC(2023, 0, 1);
  const store = new ReactionStore(area, () => (time += 977_000));
  for (let i = 0; i < RECORDS; i++) {
    const site = SITES[i % SITES.length]!;
    const title = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${WORDS[(i * 13) % WORDS.length]}: story number ${i + 1}`;
    const url = `https://${site.toLowerCase().replace(/[^a-z]+/g, '')}.example/${2023 + (i % 3)}/story-${i + 1}`;
    await store.set({ canonicalUrl: url, url: `${url}?utm_source=bench`, title, site, leadImage: `${url}/lead.jpg` }, REACTIONS[(i * 3 + (i >> 4)) % REACTIONS.length]!);
  }
  return area.get(null);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const seed = await seedRecords();
const extension = await launchExtensionBrowser();
try {
  const historyUrl = `chrome-extension://${extension.extensionId}/src/history/index.html`;
  const page = await extension.context.newPage();
  const measureLoads = async () => {
    const times: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      await page.goto(historyUrl);
      await page.waitForSelector('html[data-list-painted]');
      times.push(await page.evaluate(() => performance.getEntriesByName('listPainted')[0]!.startTime));
    }
    return times;
  };
  await page.goto(historyUrl);
  await page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    await chrome.storage.local.remove(Object.keys(all).filter((key) => key.startsWith('reaction:')));
  });
  const emptyRenders = await measureLoads();
  await page.evaluate(async (items) => {
    const all = await chrome.storage.local.get(null);
    await chrome.storage.local.remove(Object.keys(all).filter((key) => key.startsWith('reaction:')));
    await chrome.storage.local.set(items);
  }, seed);

  const renders = await measureLoads();
  const shown = await page.locator('.result-count').textContent();
  const rowsInDom = await page.locator('.row').count();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => document.querySelector('[aria-posinset="5000"]') !== null);

  // Round trip through the page's own buttons.
  const storedReactions = () =>
    page.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('reaction:')));
    });
  const before = await storedReactions();
  await page.evaluate(() => window.scrollTo(0, 0));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export (JSON)' }).click()]);
  const file = readFileSync(await download.path());
  await page.getByRole('button', { name: 'Remove all reactions' }).click();
  await page.getByText('No reactions yet').waitFor();
  const emptied = Object.keys(await storedReactions()).length;
  const importStarted = Date.now();
  await page.locator('[data-action=import-file]').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: file });
  const report = page.getByText(/^Import finished:/);
  await report.waitFor();
  const importMs = Date.now() - importStarted;
  const after = await storedReactions();
  const identical = JSON.stringify(Object.entries(before).sort()) === JSON.stringify(Object.entries(after).sort());

  console.log(`history page, ${RECORDS.toLocaleString('en')} records (${shown}; ${rowsInDom} rows in the DOM)`);
  console.log(`  list painted after: ${renders.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`  median of ${LOADS} loads: ${median(renders).toFixed(0)} ms (empty library, same page: median ${median(emptyRenders).toFixed(0)} ms)`);
  console.log(`export/import round trip: export ${(file.length / 1024).toFixed(0)} KiB; ${Object.keys(before).length} records before, ${emptied} after remove all, ${Object.keys(after).length} after import (${importMs} ms, "${await report.textContent()}"); identical: ${identical}`);
} finally {
  await extension.close();
}
