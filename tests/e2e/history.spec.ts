/// <reference types="chrome" />
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../harness/extension-browser';
import { MemoryStorageArea } from '../../src/storage/memory-storage-area';
import type { Reaction } from '../../src/reactions/record';
import { ReactionStore } from '../../src/reactions/store';
import { expect, test } from './fixtures';

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/history.png', import.meta.url));
const historyUrl = (extension: ExtensionBrowser) => `chrome-extension://${extension.extensionId}/src/history/index.html`;

const SEED_TITLE = 'Zuckerberg says Meta won’t slow down AI spend despite DeepSeek’s breakthrough.';
const SECOND_TITLE = 'Port Ellery votes to build tidal barrier after a winter of floods';

/** Runs in the extension's service worker (it has `chrome.*`). */
async function inWorker<T, A>(extension: ExtensionBrowser, fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
  const worker = extension.context.serviceWorkers()[0] ?? (await extension.context.waitForEvent('serviceworker'));
  return worker.evaluate(fn as (arg: unknown) => Promise<T>, arg);
}

async function reactionEntries(extension: ExtensionBrowser): Promise<Record<string, unknown>> {
  return inWorker(extension, async () => {
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('reaction:')));
  }, null);
}

async function clearReactions(extension: ExtensionBrowser): Promise<void> {
  await inWorker(extension, async () => {
    const all = await chrome.storage.local.get(null);
    await chrome.storage.local.remove(Object.keys(all).filter((key) => key.startsWith('reaction:') || key === 'filler'));
  }, null);
}

const badgeOf = (extension: ExtensionBrowser, tabId: number) =>
  inWorker(extension, (id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** Opens an article, clicks the real toolbar action (granting activeTab), and returns the popup in a tab. */
async function openArticlePopup(extension: ExtensionBrowser, path: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await extension.context.newPage();
  await page.goto(path);
  const real = await extension.clickAction(page);
  await real.waitFor("document.querySelector('.card')");
  await real.close();
  const tabId = await extension.tabIdOf(page);
  const popup = await extension.openPopupInTab(tabId);
  await expect(popup.locator('.card')).toBeVisible();
  return { page, popup, tabId };
}

async function react(popup: Page, name: string) {
  await popup.getByRole('radio', { name, exact: true }).click();
  await expect(popup.getByRole('radio', { name, exact: true })).toHaveAttribute('aria-checked', 'true');
  await expect(popup.getByRole('status').filter({ hasText: 'Saved on this device.' })).toBeVisible();
}

async function openHistory(extension: ExtensionBrowser): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(historyUrl(extension));
  await expect(page.locator('html[data-list-painted]')).toBeAttached();
  return page;
}

const rowTitles = (history: Page) => history.locator('.row-title').allTextContents();

test.describe('the reactions history page', () => {
  // Test files share one browser per worker: start clean, and leave nothing behind for the next file.
  test.beforeEach(async ({ extension }) => clearReactions(extension));
  test.afterEach(async ({ extension }) => clearReactions(extension));

  test('reactions from the popup appear in the history, with the badge on their tabs; filter, search and in-place changes work both ways', async ({ extension, server }) => {
    const seed = await openArticlePopup(extension, `${server.origin}/seed-article/`);
    await react(seed.popup, 'Love');
    const second = await openArticlePopup(extension, `${server.origin}/second-article/?utm_campaign=x`);
    await react(second.popup, 'Funny');

    // The toolbar icon of each tab shows its reaction.
    await expect.poll(() => badgeOf(extension, seed.tabId)).toBe('❤️');
    await expect.poll(() => badgeOf(extension, second.tabId)).toBe('😂');

    // v2 records, one per article, with the lead image.
    const stored = await reactionEntries(extension);
    expect(stored[`reaction:${server.origin}/second-article/`]).toMatchObject({
      schemaVersion: 2,
      reaction: 'funny',
      title: SECOND_TITLE,
      site: 'The Harbour Gazette',
      leadImage: `${server.origin}/second-article/img/harbour-barrier-1200x675.png`,
      url: `${server.origin}/second-article/?utm_campaign=x`,
    });

    const history = await openHistory(extension);
    await expect(history).toHaveTitle('Reaction history – Clean Reader');
    expect(await rowTitles(history)).toEqual([SECOND_TITLE, SEED_TITLE]);
    await expect(history.locator('.result-count')).toHaveText('Showing 2 of 2');
    const link = history.getByRole('link', { name: SECOND_TITLE });
    await expect(link).toHaveAttribute('href', `${server.origin}/second-article/?utm_campaign=x`);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(history.locator(`[data-key="${server.origin}/second-article/"] .row-site`)).toHaveText('The Harbour Gazette');
    await expect(history.locator(`[data-key="${server.origin}/seed-article/"] .row-site`)).toHaveText('Trendline Daily');
    await expect(history.locator('.chart-row[data-reaction=love] .chart-count')).toHaveText('1');
    await expect(history.locator('.chart-row[data-reaction=funny] .chart-count')).toHaveText('1');
    await expect(history.locator('.chart-row[data-reaction=wow] .chart-count')).toHaveText('0');

    // Filter by reaction.
    await history.getByLabel('Reaction', { exact: true }).selectOption('love');
    expect(await rowTitles(history)).toEqual([SEED_TITLE]);
    await history.getByLabel('Reaction', { exact: true }).selectOption('angry');
    await expect(history.getByText('No reactions match this search and filter.')).toBeVisible();
    await history.getByRole('button', { name: 'Clear search and filter' }).click();
    expect(await rowTitles(history)).toHaveLength(2);

    // Search titles and sites (any case, accents ignored).
    await history.getByLabel('Search titles and sites').fill('harbour GAZETTE');
    await expect(history.locator('.row-title')).toHaveText([SECOND_TITLE]);
    await history.getByLabel('Search titles and sites').fill('deepseek');
    await expect(history.locator('.row-title')).toHaveText([SEED_TITLE]);
    await history.getByLabel('Search titles and sites').fill('');

    // Sort by site.
    await history.getByLabel('Sort').selectOption('site');
    await expect(history.locator('.row-title')).toHaveText([SECOND_TITLE, SEED_TITLE]);

    // Change a reaction in the history page: the open popup follows live, and so does a reopened one.
    await history.getByLabel(`Reaction to “${SEED_TITLE}”`, { exact: true }).selectOption('wow');
    await expect(seed.popup.getByRole('radio', { name: 'Wow' })).toHaveAttribute('aria-checked', 'true');
    await expect(seed.popup.getByRole('radio', { name: 'Love' })).toHaveAttribute('aria-checked', 'false');
    await seed.popup.close();
    const reopened = await extension.openPopupInTab(seed.tabId);
    await expect(reopened.getByRole('radio', { name: 'Wow' })).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => badgeOf(extension, seed.tabId)).toBe('😮');

    // And a change in the popup shows in the history page at once.
    await reopened.getByRole('radio', { name: 'Sad' }).click();
    await expect(history.locator(`[data-key="${server.origin}/seed-article/"]`)).toHaveAttribute('data-reaction', 'sad');
    await expect(history.locator('.chart-row[data-reaction=sad] .chart-count')).toHaveText('1');

    // Clearing in the popup removes the badge and the history row.
    await reopened.getByRole('radio', { name: 'Sad' }).click();
    await expect.poll(() => badgeOf(extension, seed.tabId)).toBe('');
    await expect(history.locator('.row-title')).toHaveText([SECOND_TITLE]);

    // Removing in the history page offers undo, which brings it back.
    await history.getByRole('button', { name: `Remove the reaction to “${SECOND_TITLE}”` }).click();
    await expect(history.getByText('No reactions yet')).toBeVisible();
    await expect(second.popup.getByRole('radio', { name: 'Funny' })).toHaveAttribute('aria-checked', 'false');
    await history.getByRole('button', { name: 'Undo' }).click();
    await expect(history.locator('.row-title')).toHaveText([SECOND_TITLE]);
    await expect(second.popup.getByRole('radio', { name: 'Funny' })).toHaveAttribute('aria-checked', 'true');

    for (const page of [history, reopened, second.popup, seed.page, second.page]) await page.close();
  });

  test('the popup’s History link opens the history page', async ({ extension, server }) => {
    const { page, popup } = await openArticlePopup(extension, `${server.origin}/second-article/`);
    const [opened] = await Promise.all([extension.context.waitForEvent('page'), popup.getByRole('button', { name: 'History' }).click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(historyUrl(extension));
    await expect(opened.getByRole('heading', { name: 'Reaction history' })).toBeVisible();
    await opened.close();
    await page.close();
  });

  test('export, remove all, import: the library is identical; CSV is spreadsheet-safe', async ({ extension, server }) => {
    for (const [path, reaction] of [['/seed-article/', 'Angry'], ['/second-article/', 'Like']] as const) {
      const { page, popup } = await openArticlePopup(extension, server.origin + path);
      await react(popup, reaction);
      await popup.close();
      await page.close();
    }
    const before = await reactionEntries(extension);
    expect(Object.keys(before)).toHaveLength(2);

    const history = await openHistory(extension);
    await expect(history.locator('.row-title')).toHaveCount(2);
    const [jsonDownload] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: 'Export (JSON)' }).click()]);
    expect(jsonDownload.suggestedFilename()).toMatch(/^clean-reader-reactions-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync(await jsonDownload.path());
    expect(JSON.parse(exported.toString('utf8'))).toMatchObject({ format: 'clean-reader-reactions', schemaVersion: 2, count: 2 });

    const [csvDownload] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: 'Export for spreadsheets (CSV)' }).click()]);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv.startsWith('\uFEFFreaction,title,site,url,canonical_url,lead_image,first_saved,last_changed\r\n')).toBe(true);
    expect(csv).toContain(`angry,${SEED_TITLE},Trendline Daily,${server.origin}/seed-article/`);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);

    await history.getByRole('button', { name: 'Remove all reactions' }).click();
    await expect(history.getByText('Removed all reactions (2).')).toBeVisible();
    await expect(history.getByText('No reactions yet')).toBeVisible();
    expect(await reactionEntries(extension)).toEqual({});

    await history.locator('[data-action=import-file]').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: exported });
    await expect(history.getByText('Import finished: 2 added, 0 updated, 0 skipped.')).toBeVisible();
    await expect(history.locator('.row-title')).toHaveCount(2);
    expect(await reactionEntries(extension)).toEqual(before);

    // Importing the same file again changes nothing and says why.
    await history.locator('[data-action=import-file]').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: exported });
    await expect(history.getByText('Import finished: 0 added, 0 updated, 2 skipped.')).toBeVisible();
    await expect(history.getByText(`Entry 1 (“${SEED_TITLE}”): already saved, unchanged`)).toBeVisible();
    expect(await reactionEntries(extension)).toEqual(before);
    await history.close();
  });

  test('a broken import file changes nothing and says why', async ({ extension, server }) => {
    const { page, popup } = await openArticlePopup(extension, `${server.origin}/seed-article/`);
    await react(popup, 'Dislike');
    await popup.close();
    await page.close();
    const before = await reactionEntries(extension);
    const history = await openHistory(extension);
    const importText = (name: string, text: string) =>
      history.locator('[data-action=import-file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

    await importText('broken.json', '{"format": "clean-reader-reactions", "reactions": [');
    await expect(history.getByRole('alert')).toHaveText(/Nothing was imported: the file is not valid JSON\./);
    expect(await reactionEntries(extension)).toEqual(before);

    await importText('other.json', JSON.stringify({ bookmarks: [{ url: 'https://example.com' }] }));
    await expect(history.getByRole('alert')).toHaveText(/Nothing was imported: the file is not a Clean Reader reactions export\./);
    expect(await reactionEntries(extension)).toEqual(before);

    await importText('future.json', JSON.stringify({ format: 'clean-reader-reactions', schemaVersion: 9, reactions: [] }));
    await expect(history.getByRole('alert')).toHaveText(/made by a newer version of Clean Reader/);
    expect(await reactionEntries(extension)).toEqual(before);

    // A file with some bad entries imports the good ones and lists each bad one with its reason.
    const good = { schemaVersion: 2, key: 'https://news.example/ok', url: 'https://news.example/ok', title: 'A good entry', site: 'News', leadImage: null, reaction: 'wow', savedAt: 1, updatedAt: 2 };
    await importText('mixed.json', JSON.stringify({
      format: 'clean-reader-reactions',
      schemaVersion: 2,
      reactions: [good, { ...good, key: 'https://news.example/bad', reaction: 'meh', title: 'Bad reaction' }, { ...good, url: 'javascript:alert(1)', key: 'https://news.example/js' }, 7],
    }));
    await expect(history.getByRole('alert')).toContainText('Import finished: 1 added, 0 updated, 3 skipped.');
    await expect(history.getByText('Entry 2 (“Bad reaction”): invalid field “reaction”')).toBeVisible();
    await expect(history.getByText('Entry 3 (“A good entry”): invalid field “url”')).toBeVisible();
    await expect(history.getByText('Entry 4: not a reaction record')).toBeVisible();
    expect(Object.keys(await reactionEntries(extension)).sort()).toEqual([...Object.keys(before), 'reaction:https://news.example/ok'].sort());
    await history.close();
  });

  test('unreadable records are skipped and reported, v1 records are shown, and a full storage is reported', async ({ extension }) => {
    await inWorker(extension, async () => {
      await chrome.storage.local.set({
        'reaction:https://old.example/v1': { schemaVersion: 1, key: 'https://old.example/v1', url: 'https://old.example/v1', title: 'An old v1 record', site: 'Old Site', reaction: 'like', savedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 },
        'reaction:https://bad.example/': { schemaVersion: 2, key: 'https://bad.example/', reaction: 'nope' },
        'reaction:https://future.example/': { schemaVersion: 3, key: 'https://future.example/' },
      });
    }, null);
    const history = await openHistory(extension);
    await expect(history.locator('.row-title')).toHaveText(['An old v1 record']);
    await expect(history.getByText('Saved reactions that could not be read: 2.')).toBeVisible();

    // Fill storage to its quota, then try to change the reaction: the page says storage is full.
    await inWorker(extension, async () => {
      const free = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
      await chrome.storage.local.set({ filler: 'x'.repeat(free - 'filler'.length - 2) });
    }, null);
    await history.getByLabel('Reaction to “An old v1 record”', { exact: true }).selectOption('funny');
    await expect(history.getByRole('alert')).toContainText('Extension storage is full: the change was not saved.');
    await expect(history.locator('.row').first()).toHaveAttribute('data-reaction', 'like');
    await history.close();
  });

  test('the background worker records schema version 2 when the extension is installed', async ({ extension }) => {
    await expect.poll(() => inWorker(extension, async () => (await chrome.storage.local.get('schemaVersion')).schemaVersion, null)).toBe(2);
  });

  test('screenshot of the history page with 20 reactions', async ({ extension }) => {
    // Made by the real store (on an in-memory area), then copied into the extension's storage.
    const area = new MemoryStorageArea();
    let time = Date.UTC(2025, 0, 6, 9);
    const store = new ReactionStore(area, () => (time += 7 * 3_600_000 + 1_234_567));
    for (const [index, [title, site, host, reaction]] of SAMPLE_ARTICLES.entries()) {
      const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);
      const url = host === 'file' ? `file:///home/reader/notes/${slug}.html` : `https://${host}/2025/${index + 1}/${slug}`;
      await store.set({ canonicalUrl: url, url, title, site, leadImage: null }, reaction);
    }
    const items = await area.get(null);
    expect(Object.keys(items)).toHaveLength(20);

    const history = await openHistory(extension);
    // Tall enough for every row: the list draws only the rows near the viewport.
    await history.setViewportSize({ width: 1200, height: 1640 });
    await history.evaluate((seed) => chrome.storage.local.set(seed), items);
    await expect(history.locator('.result-count')).toHaveText('Showing 20 of 20');
    await expect(history.locator('.row-title')).toHaveCount(20);
    // Then exactly as tall as the page, so the picture has no empty band below the list.
    await history.setViewportSize({ width: 1200, height: await history.evaluate(() => Math.ceil(document.querySelector('.page')!.getBoundingClientRect().bottom)) });
    await expect(history.locator('.row-title')).toHaveCount(20);
    mkdirSync(fileURLToPath(new URL('../../docs/screenshots/', import.meta.url)), { recursive: true });
    await history.screenshot({ path: SCREENSHOT, fullPage: true });
    await history.close();
  });
});

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
