import assert from 'node:assert/strict';
import { artifactPath, eventually, type ExtensionSession, type Tab } from '../../harness/views';
import { HistoryPage } from '../pages/history';
import { PopupPage } from '../pages/popup';
import { SECOND_SITE, SECOND_TITLE, SEED_SITE, SEED_TITLE } from './articles';
import { badgeOf, clearReactions, getLocal, setLocal, storedReactions } from './extension-storage';
import type { Flow } from './flow';

/** An article in a tab and its popup in a tab of its own, the reaction chosen. */
async function reactTo(session: ExtensionSession, path: string, reaction: string): Promise<{ page: Tab; popup: PopupPage<Tab> }> {
  const page = await session.newTab(session.server.origin + path);
  const popup = await PopupPage.openInTab(session, page);
  await popup.reactions.click(reaction);
  await eventually(() => popup.reactions.status(), (status) => status === 'Saved on this device.', 'the saved notice');
  return { page, popup };
}

const sameAs = (expected: unknown) => (value: unknown) => JSON.stringify(value) === JSON.stringify(expected);

export const historyFlows: Flow[] = [
  {
    name: 'reactions from the popup appear in the history, with the badge on their tabs; filter, search, sort and in-place changes work both ways',
    async run(session) {
      await clearReactions(session);
      const origin = session.server.origin;
      const seed = await reactTo(session, '/seed-article/', 'love');
      const second = await reactTo(session, '/second-article/?utm_campaign=x', 'funny');

      // The toolbar icon of each tab shows its reaction.
      await eventually(() => badgeOf(session, seed.page.id), (badge) => badge === '❤️', 'the badge of the first tab');
      await eventually(() => badgeOf(session, second.page.id), (badge) => badge === '😂', 'the badge of the second tab');

      // Records of schema version 2, one per article, with the lead image.
      const record = (await storedReactions(session))[`reaction:${origin}/second-article/`];
      assert.deepEqual(
        { schemaVersion: record?.schemaVersion, reaction: record?.reaction, title: record?.title, site: record?.site, leadImage: record?.leadImage, url: record?.url },
        { schemaVersion: 2, reaction: 'funny', title: SECOND_TITLE, site: SECOND_SITE, leadImage: `${origin}/second-article/img/harbour-barrier-1200x675.png`, url: `${origin}/second-article/?utm_campaign=x` },
      );

      const history = await HistoryPage.open(session);
      assert.equal(await history.tab.evaluate(() => document.title), 'Reaction history – Clean Reader');
      const rows = await history.rows();
      assert.deepEqual(
        rows.map(({ title, site, href, rel }) => ({ title, site, href, rel })),
        [
          { title: SECOND_TITLE, site: SECOND_SITE, href: `${origin}/second-article/?utm_campaign=x`, rel: 'noopener noreferrer' },
          { title: SEED_TITLE, site: SEED_SITE, href: `${origin}/seed-article/`, rel: 'noopener noreferrer' },
        ],
      );
      assert.equal((await history.summary()).count, 'Showing 2 of 2');
      await history.tab.screenshot(artifactPath(`${session.browser}-history.png`));
      const chart = await history.chart();
      assert.deepEqual([chart.love, chart.funny, chart.wow], ['1', '1', '0']);

      // Filter by reaction.
      await history.filter('love');
      await eventually(() => history.titles(), sameAs([SEED_TITLE]), 'the love filter');
      await history.filter('angry');
      await eventually(() => history.summary(), (now) => now.empty.includes('No reactions match this search and filter.'), 'the empty filter');
      await history.clearSearchAndFilter();
      await eventually(() => history.titles(), (titles) => titles.length === 2, 'both rows again');

      // Search titles and sites (any case, accents ignored).
      await history.search('harbour GAZETTE');
      await eventually(() => history.titles(), sameAs([SECOND_TITLE]), 'the search by site');
      await history.search('deepseek');
      await eventually(() => history.titles(), sameAs([SEED_TITLE]), 'the search by title');
      await history.search('');

      await history.sort('site');
      await eventually(() => history.titles(), sameAs([SECOND_TITLE, SEED_TITLE]), 'the sort by site');

      // A change in the history page: the open popup follows live, and so does a reopened one, and the badge.
      const seedKey = `${origin}/seed-article/`;
      await history.change(seedKey, 'wow');
      await seed.popup.reactions.waitForChosen('wow');
      await seed.popup.close();
      const reopened = await PopupPage.openInTab(session, seed.page);
      await reopened.reactions.waitForChosen('wow');
      await eventually(() => badgeOf(session, seed.page.id), (badge) => badge === '😮', 'the badge to follow');

      // A change in the popup shows in the history page at once.
      await reopened.reactions.click('sad');
      await eventually(async () => (await history.rows()).find((row) => row.key === seedKey)?.reaction, (reaction) => reaction === 'sad', 'the row to follow');
      await eventually(async () => (await history.chart()).sad, (count) => count === '1', 'the chart to follow');

      // Clearing in the popup removes the badge and the row.
      await reopened.reactions.click('sad');
      await eventually(() => badgeOf(session, seed.page.id), (badge) => badge === '', 'the badge to go');
      await eventually(() => history.titles(), sameAs([SECOND_TITLE]), 'the row to go');

      // Removing in the history page offers undo, which brings it back.
      await history.remove(`${origin}/second-article/`);
      await eventually(() => history.summary(), (now) => now.empty.includes('No reactions yet'), 'the empty history');
      await second.popup.reactions.waitForChosen(null);
      await history.undo();
      await eventually(() => history.titles(), sameAs([SECOND_TITLE]), 'the undone removal');
      await second.popup.reactions.waitForChosen('funny');

      for (const view of [history, reopened, second.popup, seed.page, second.page]) await view.close();
      await clearReactions(session);
    },
  },
  {
    name: 'export, remove all, import: the library is identical; CSV is spreadsheet-safe',
    async run(session) {
      await clearReactions(session);
      for (const [path, reaction] of [['/seed-article/', 'angry'], ['/second-article/', 'like']] as const) {
        const { page, popup } = await reactTo(session, path, reaction);
        await popup.close();
        await page.close();
      }
      const before = await storedReactions(session);
      assert.equal(Object.keys(before).length, 2);

      const history = await HistoryPage.open(session);
      await eventually(() => history.titles(), (titles) => titles.length === 2, 'both rows');
      const json = await history.exportJson();
      assert.match(json.fileName, /^clean-reader-reactions-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(json.content.toString('utf8')) as Record<string, unknown>;
      assert.deepEqual([exported.format, exported.schemaVersion, exported.count], ['clean-reader-reactions', 2, 2]);

      const csv = (await history.exportCsv()).content.toString('utf8');
      assert.ok(csv.startsWith('\uFEFFreaction,title,site,url,canonical_url,lead_image,first_saved,last_changed\r\n'), csv.slice(0, 120));
      assert.ok(csv.includes(`angry,${SEED_TITLE},Trendline Daily,${session.server.origin}/seed-article/`), csv);
      assert.equal(csv.split('\r\n').filter(Boolean).length, 3);

      await history.removeAll();
      await eventually(() => history.notices(), (notices) => notices.some((n) => n.text === 'Removed all reactions (2).'), 'the removal notice');
      await eventually(() => history.summary(), (now) => now.empty.includes('No reactions yet'), 'the empty history');
      assert.deepEqual(await storedReactions(session), {});

      await history.import('export.json', json.content);
      await eventually(() => history.notices(), (notices) => notices.some((n) => n.text === 'Import finished: 2 added, 0 updated, 0 skipped.'), 'the import report');
      await eventually(() => history.titles(), (titles) => titles.length === 2, 'the imported rows');
      assert.deepEqual(await storedReactions(session), before);

      // Importing the same file again changes nothing and says why.
      await history.import('export.json', json.content);
      const again = await eventually(() => history.notices(), (notices) => notices.some((n) => n.text === 'Import finished: 0 added, 0 updated, 2 skipped.'), 'the second import report');
      assert.ok(again.some((n) => n.details.includes(`Entry 1 (“\u2068${SEED_TITLE}\u2069”): already saved, unchanged`)), JSON.stringify(again));
      assert.deepEqual(await storedReactions(session), before);
      await history.close();
      await clearReactions(session);
    },
  },
  {
    name: 'a broken import file changes nothing and says why',
    async run(session) {
      await clearReactions(session);
      const { page, popup } = await reactTo(session, '/seed-article/', 'dislike');
      await popup.close();
      await page.close();
      const before = await storedReactions(session);
      const history = await HistoryPage.open(session);
      const importing = async (name: string, text: string, expected: RegExp) => {
        await history.import(name, text);
        const notices = await eventually(() => history.notices(), (now) => now.some((n) => expected.test(n.text)), `the report on ${name}`);
        assert.deepEqual(await storedReactions(session), before);
        return notices;
      };
      await importing('broken.json', '{"format": "clean-reader-reactions", "reactions": [', /^Nothing was imported: the file is not valid JSON\./);
      await importing('other.json', JSON.stringify({ bookmarks: [{ url: 'https://example.com' }] }), /^Nothing was imported: the file is not a Clean Reader reactions export\./);
      await importing('future.json', JSON.stringify({ format: 'clean-reader-reactions', schemaVersion: 9, reactions: [] }), /made by a newer version of Clean Reader/);

      // A file with some bad entries imports the good ones and lists each bad one with its reason.
      const good = { schemaVersion: 2, key: 'https://news.example/ok', url: 'https://news.example/ok', title: 'A good entry', site: 'News', leadImage: null, reaction: 'wow', savedAt: 1, updatedAt: 2 };
      await history.import('mixed.json', JSON.stringify({
        format: 'clean-reader-reactions',
        schemaVersion: 2,
        reactions: [good, { ...good, key: 'https://news.example/bad', reaction: 'meh', title: 'Bad reaction' }, { ...good, url: 'javascript:alert(1)', key: 'https://news.example/js' }, 7],
      }));
      const notices = await eventually(() => history.notices(), (now) => now.some((n) => n.text.startsWith('Import finished: 1 added, 0 updated, 3 skipped.')), 'the mixed import report');
      const details = notices.flatMap((n) => n.details);
      for (const line of ['Entry 2 (“\u2068Bad reaction\u2069”): invalid field “reaction”', 'Entry 3 (“\u2068A good entry\u2069”): invalid field “url”', 'Entry 4: not a reaction record']) {
        assert.ok(details.includes(line), `missing "${line}" in ${JSON.stringify(details)}`);
      }
      assert.deepEqual(Object.keys(await storedReactions(session)).sort(), [...Object.keys(before), 'reaction:https://news.example/ok'].sort());
      await history.close();
      await clearReactions(session);
    },
  },
  {
    name: 'unreadable records are skipped and reported, and v1 records are shown',
    async run(session) {
      await clearReactions(session);
      await setLocal(session, {
        'reaction:https://old.example/v1': { schemaVersion: 1, key: 'https://old.example/v1', url: 'https://old.example/v1', title: 'An old v1 record', site: 'Old Site', reaction: 'like', savedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 },
        'reaction:https://bad.example/': { schemaVersion: 2, key: 'https://bad.example/', reaction: 'nope' },
        'reaction:https://future.example/': { schemaVersion: 3, key: 'https://future.example/' },
      });
      const history = await HistoryPage.open(session);
      await eventually(() => history.titles(), sameAs(['An old v1 record']), 'the v1 row');
      await eventually(() => history.notices(), (notices) => notices.some((n) => n.text.startsWith('Saved reactions that could not be read: 2.')), 'the unreadable notice');

      if (session.browser === 'chromium') {
        // Fill storage to its quota (Firefox sets none on storage.local), then change the reaction: the page says storage is full.
        await session.inExtension(async () => {
          const free = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
          await chrome.storage.local.set({ filler: 'x'.repeat(free - 'filler'.length - 2) });
        });
        await history.change('https://old.example/v1', 'funny');
        await eventually(() => history.notices(), (notices) => notices.some((n) => n.text.includes('Extension storage is full: the change was not saved.')), 'the storage-full notice');
        assert.equal((await history.rows())[0]?.reaction, 'like');
      }
      await history.close();
      await clearReactions(session);
    },
  },
  {
    name: 'the background script records schema version 2 when the extension is installed',
    async run(session) {
      await eventually(() => getLocal(session, 'schemaVersion'), (version) => version === 2, 'the schema version');
    },
  },
];
