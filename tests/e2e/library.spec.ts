/// <reference types="chrome" />
/**
 * Kept articles and "Always open here", in Chromium with the built extension.
 *
 * Chromium only: granting a site's permission goes through the browser's own dialog, which no driver can
 * answer (Playwright and CDP do not reach it). The test answers it as the person would, beforehand, through
 * chrome://extensions' site access (the page's own `developerPrivate` API): the reader's request then
 * resolves without a dialog only if it asks for exactly that site, and hangs (failing the test) otherwise.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURES_ROOT, startFixtureServer } from '../harness/fixture-server';
import { eventually } from '../harness/views';
import { expect, test } from './fixtures';
import { SEED_TITLE } from './flows/articles';
import { clearReactions } from './flows/extension-storage';
import { openReader } from './flows/reader';
import { HistoryPage } from './pages/history';
import { ReaderPage } from './pages/reader';

const SITE_PATTERN = '*://127.0.0.1/*';

/** The second fixture article on another site: 127.0.0.2, another loopback address (another host to the browser). */
async function otherSite(): Promise<{ origin: string; close(): Promise<void> }> {
  const page = readFileSync(join(FIXTURES_ROOT, 'second-article', 'index.html'));
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  return {
    origin: `http://127.0.0.2:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

test('keep an article in the reader, read it again offline from the history, find it by its text, remove it', async ({ session }) => {
  await clearReactions(session);
  // A server of this test's own, stopped before the kept copy is opened.
  const own = await startFixtureServer();
  const tab = await session.newTab(`${own.origin}/seed-article/`);
  const reader = await openReader(session, tab);
  await reader.tab.click('[data-action=keep] button');
  await tab.waitFor('[data-action=keep] button[aria-pressed=true]');
  await expect.poll(() => tab.evaluate(() => document.querySelector('.library-status')?.textContent)).toBe('Kept on this device.');
  await tab.close();
  await own.close();
  const requestsWhenStopped = own.requests.length;

  const history = await HistoryPage.open(session);
  await history.tab.waitFor('.row[data-kept=yes]');
  const rows = await history.rows();
  assert.equal(rows.length, 1);
  const key = rows[0]!.key;
  assert.equal(rows[0]!.title, SEED_TITLE);
  assert.equal(rows[0]!.reaction, 'none', 'kept without a reaction');

  // Offline: the page's server is gone; the kept copy comes from the device.
  const href = await history.tab.evaluate(() => document.querySelector<HTMLAnchorElement>('.row-kept')?.href ?? '');
  assert.match(href, /\/src\/reader\/index\.html\?kept=/);
  const kept = new ReaderPage(await session.newTab(href));
  await kept.waitForArticle();
  const article = await kept.article();
  assert.equal(article.title, SEED_TITLE);
  assert.match(article.bodyText, /fourth-quarter earnings call/);
  await kept.tab.screenshot('artifacts/library-kept-offline.png');
  assert.equal(own.requests.length, requestsWhenStopped, 'nothing was asked of the stopped server');

  // Search reads the kept text: words only the body has find it; others find nothing.
  await history.search('earnings call');
  await eventually(() => history.rows(), (found) => found.length === 1 && found[0]!.key === key, 'the kept article found by its body text');
  await history.search('earnings tidal');
  await eventually(() => history.rows(), (found) => found.length === 0, 'no article has both words');
  await history.search('');

  await history.remove(key);
  await eventually(() => history.rows(), (found) => found.length === 0, 'the row is gone');
  const left = await history.tab.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('clean-reader-kept');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('articles').objectStore('articles').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  assert.equal(left, 0, 'the kept copy is gone from the device');
  await kept.tab.reload();
  await kept.tab.waitFor('.problem-card');
  await kept.tab.close();
  await history.tab.close();
});

test('a reaction in the reader keeps the article too', async ({ session, server }) => {
  await clearReactions(session);
  const tab = await session.newTab(`${server.origin}/second-article/`);
  const reader = await openReader(session, tab);
  await reader.reactions.click('love');
  await tab.waitFor('[data-action=keep] button[aria-pressed=true]');
  const history = await HistoryPage.open(session);
  await history.tab.waitFor('.row[data-kept=yes][data-reaction=love]');
  const [row] = await history.rows();
  await history.remove(row!.key);
  await eventually(() => history.rows(), (found) => found.length === 0, 'removed with its record');
  await history.tab.close();
  await tab.close();
});

test('always open here asks for exactly that site, opens its article pages by itself and no other site, and gives the permission back', async ({
  session,
  extension,
  server,
}) => {
  const permissions = () => session.inExtension(() => chrome.permissions.getAll());
  assert.deepEqual((await permissions()).origins, [], 'no host permission at install');

  const tab = await session.newTab(`${server.origin}/seed-article/`);
  const reader = await openReader(session, tab);
  await tab.waitFor('[data-action=always-open] button[aria-pressed=false]');

  // The person answers the browser's dialog for this one site (see the note at the top).
  const settings = await extension.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(({ id, pattern }) => (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(id, pattern), {
    id: extension.extensionId,
    pattern: SITE_PATTERN,
  });
  await settings.close();

  await tab.click('[data-action=always-open] button');
  await tab.waitFor('[data-action=always-open] button[aria-pressed=true]');
  assert.deepEqual((await permissions()).origins, [SITE_PATTERN]);
  const stored = await session.inExtension(() => chrome.storage.sync.get('settings:alwaysOpen'));
  assert.deepEqual((stored['settings:alwaysOpen'] as { sites: string[] }).sites, ['127.0.0.1']);
  // On a phone the toolbar has no room for it: the same switch is in the Display panel.
  await tab.setViewport(390, 800);
  await reader.openSettings();
  const phone = await tab.evaluate(() => ({
    inToolbar: document.querySelector('[data-action=always-open] button')!.checkVisibility(),
    inPanel: document.querySelector('.settings-panel .always-open')?.checkVisibility() ?? false,
    pressed: document.querySelector('.settings-panel .always-open')?.getAttribute('aria-pressed'),
  }));
  assert.deepEqual(phone, { inToolbar: false, inPanel: true, pressed: 'true' });
  await tab.close();

  // Another site (the same article served from another loopback address) and a page that is not an article
  // stay as they are…
  const other = await otherSite();
  const elsewhere = await session.newTab(`${other.origin}/second-article/`);
  const notArticle = await session.newTab(`${server.origin}/not-an-article/`);
  // …while an article page of the chosen site turns into the reader by itself, after both were loaded.
  const chosen = await session.newTab(`${server.origin}/second-article/`);
  await ReaderPage.opened(chosen);
  await chosen.screenshot('artifacts/library-always-open-reader.png');
  assert.equal(await elsewhere.url(), `${other.origin}/second-article/`);
  assert.match(await elsewhere.evaluate(() => document.title), /^Port Ellery votes to build tidal barrier/, 'the article page itself, loaded');
  assert.equal(await notArticle.url(), `${server.origin}/not-an-article/`);
  await Promise.all([elsewhere.close(), notArticle.close()]);
  await other.close();

  // Back shows the page itself: the reader opened once for this visit.
  await chosen.back();
  await chosen.waitForUrl((url) => url === `${server.origin}/second-article/`);
  await chosen.close();

  // The options page lists the site and turns it off, which gives the permission back.
  const history = await HistoryPage.open(session);
  await history.tab.waitFor('[data-panel=always-open] .site[data-site="127.0.0.1"]');
  await history.tab.screenshot('artifacts/library-always-open-options.png');
  await history.tab.click('[data-panel=always-open] .site[data-site="127.0.0.1"] .site-off');
  await history.tab.waitFor('[data-empty=always-open]');
  await eventually(() => permissions(), (all) => (all.origins ?? []).length === 0, 'the site permission removed');
  await history.tab.close();
});
