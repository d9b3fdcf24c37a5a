/// <reference types="chrome" />
/**
 * Measures the history page with 5,000 reactions in storage, in the e2e Chromium with the built extension:
 * - render: time from navigation start to the `listPainted` mark the page sets once its list is
 *   on screen, over 5 page loads (median reported, not asserted);
 * - round trip: export JSON through the page, remove all, import the file, and compare storage;
 * - then with 1,000 kept articles added (bodies from the 130 pages of Readability's test suite, each used
 *   about eight times under other addresses): the space they take on disk, render, and search through
 *   their text (the first search reads the text index; later ones search it in memory).
 *
 * Run with `npm run bench:history` (builds first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Article } from '../src/core';
import { entryFor, searchTextOf, storedBody, storedEntry } from '../src/kept/kept-entry';
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

const KEPT = 1_000;
const CORPUS = join(import.meta.dirname, '../../shared/corpora/readability-test-pages');

/** The stored rows of 1,000 kept articles, written with the extension's own format functions. */
function keptRows(): { key: string; entry: unknown; body: unknown; text: { key: string; text: string } }[] {
  const pages = readdirSync(CORPUS, { withFileTypes: true }).filter((item) => item.isDirectory()).map((item) => item.name).sort().map((name) => {
    const html = readFileSync(join(CORPUS, name, 'expected.html'), 'utf8');
    const text = new JSDOM(html).window.document.body.textContent ?? '';
    return { name, html, text };
  });
  const rows = [];
  for (let i = 0; i < KEPT; i++) {
    const page = pages[i % pages.length]!;
    const url = `https://kept${i % 17}.example/${page.name}/${i}`;
    const article: Article = {
      url, title: `${WORDS[i % WORDS.length]} ${page.name}: kept story ${i + 1}`, byline: null, siteName: `Kept Site ${i % 17}`, lang: 'en', dir: null,
      publishedTime: null, excerpt: null, summary: [], publisherSummary: null, leadImage: null, contentHtml: page.html, textContent: page.text,
      wordCount: page.text.split(/\s+/).length, readingMinutes: 3, removed: [], readerable: true,
    };
    const entry = entryFor(url, article, Date.UTC(2024, 0, 1) + i * 60_000)!;
    rows.push({ key: url, entry: storedEntry(entry), body: storedBody({ key: url, article }), text: { key: url, text: searchTextOf(article) } });
  }
  return rows;
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
  const reportText = await report.textContent();
  const after = await storedReactions();
  const identical = JSON.stringify(Object.entries(before).sort()) === JSON.stringify(Object.entries(after).sort());

  console.log(`history page, ${RECORDS.toLocaleString('en')} records (${shown}; ${rowsInDom} rows in the DOM)`);
  console.log(`  list painted after: ${renders.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`  median of ${LOADS} loads: ${median(renders).toFixed(0)} ms (empty library, same page: median ${median(emptyRenders).toFixed(0)} ms)`);
  // --- 1,000 kept articles ---
  const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const rows = keptRows();
  const usageBefore = await usage();
  for (let start = 0; start < rows.length; start += 100) {
    await page.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('clean-reader-kept', 1);
          open.onupgradeneeded = () => ['entries', 'articles', 'texts'].forEach((name) => open.result.createObjectStore(name));
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['entries', 'articles', 'texts'], 'readwrite');
            for (const row of batch) {
              tx.objectStore('entries').put(row.entry, row.key);
              tx.objectStore('articles').put(row.body, row.key);
              tx.objectStore('texts').put(row.text, row.key);
            }
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      rows.slice(start, start + 100),
    );
  }
  const usageAfter = await usage();
  const textBytes = rows.reduce((sum, row) => sum + JSON.stringify(row.body).length + row.text.text.length, 0);
  const keptRenders = await measureLoads();
  const keptShown = await page.locator('.result-count').textContent();

  /** Types `words` into the search box and times it until the count line shows the new result. */
  const timeSearch = (words: string) =>
    page.evaluate(
      (words) =>
        new Promise<{ ms: number; shown: string }>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('#history-search')!;
          const count = document.querySelector('.result-count');
          const before = count?.textContent ?? '';
          const started = performance.now();
          // No named inner functions: the bundler would wrap them in a helper the page does not have.
          const observer = new MutationObserver(() => {
            // Done when the count line shows the new result and no kept text is still being read.
            const line = document.querySelector('.result-count[data-text-search=ready]');
            const now = line?.textContent ?? before;
            if (now !== before) {
              observer.disconnect();
              resolve({ ms: performance.now() - started, shown: now });
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          input.value = words;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      words,
    );
  const clearSearch = () => timeSearch('');
  const first = await timeSearch('parliament');
  await clearSearch();
  const later: { ms: number; shown: string }[] = [];
  for (const words of ['wikipedia', 'government', 'election results', 'zzqx', 'mozilla firefox']) {
    later.push(await timeSearch(words));
    await clearSearch();
  }
  console.log(`${KEPT.toLocaleString('en')} kept articles (${(textBytes / 1e6).toFixed(1)} MB of stored article and search text as JSON):`);
  console.log(`  space on disk (navigator.storage.estimate): ${((usageAfter - usageBefore) / 1e6).toFixed(1)} MB, ${((usageAfter - usageBefore) / KEPT / 1024).toFixed(0)} KB per article`);
  console.log(`  list painted after: ${keptRenders.map((ms) => ms.toFixed(0)).join(', ')} ms; median ${median(keptRenders).toFixed(0)} ms (${keptShown})`);
  console.log(`  first search (reads the text index): ${first.ms.toFixed(0)} ms (${first.shown})`);
  console.log(`  later searches: ${later.map((run) => `${run.ms.toFixed(0)} ms (${run.shown})`).join('; ')}; median ${median(later.map((run) => run.ms)).toFixed(0)} ms`);

  console.log(`export/import round trip: export ${(file.length / 1024).toFixed(0)} KiB; ${Object.keys(before).length} records before, ${emptied} after remove all, ${Object.keys(after).length} after import (${importMs} ms, "${reportText}"); identical: ${identical}`);
} finally {
  await extension.close();
}
