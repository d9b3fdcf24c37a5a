/**
 * What a crafted import file (or a record planted in storage) can try against the history page (issue 15;
 * SECURITY.md lists the attacks). Chromium only: page errors and long tasks are read through Playwright.
 */
import { writeFileSync } from 'node:fs';
import { parseCsv } from '../harness/csv';
import { artifactPath } from '../harness/views';
import { clearReactions, setLocal, storedReactions } from './flows/extension-storage';
import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history';
import type { ChromiumSession } from '../harness/chromium-session';

const record = (n: number, fields: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  key: `https://news.example/story-${n}`,
  url: `https://news.example/story-${n}`,
  title: `Story ${n}`,
  site: 'News',
  leadImage: null,
  reaction: 'wow',
  savedAt: 1_700_000_000_000 + n,
  updatedAt: 1_700_000_000_000 + n,
  ...fields,
});

const exportFile = (reactions: unknown[]) => JSON.stringify({ format: 'clean-reader-reactions', schemaVersion: 2, exportedAt: '2026-01-01T00:00:00.000Z', count: reactions.length, reactions });

/** The history page, with every uncaught error and console error it reports collected. */
async function openHistory(session: ChromiumSession) {
  const history = await HistoryPage.open(session);
  const errors: string[] = [];
  const page = session.pageOf(history.tab);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { history, errors };
}

async function importAndReport(history: HistoryPage, name: string, text: string, expected: RegExp) {
  await history.import(name, text);
  await expect.poll(async () => (await history.notices()).map((n) => n.text).join('\n'), { timeout: 30_000 }).toMatch(expected);
  return history.notices();
}

/**
 * OWASP CSV injection: a cell a spreadsheet may run as a formula is one that, once leading whitespace,
 * control characters, quotes and separators are skipped and full-width forms folded (NFKC), starts with
 * = + - @; or that starts with a tab or carriage return itself. Such a cell must start with an apostrophe.
 */
function runsAsFormula(cell: string): boolean {
  if (cell.startsWith("'")) return false;
  if (/^[\t\r\n]/.test(cell)) return true;
  const folded = cell.normalize('NFKC').replace(/^[\s\p{Cc}\p{Cf}\p{Z}"';,]+/u, '');
  return /^[=+\-@]/.test(folded);
}

test('attack 2: a timestamp beyond Date’s range (or far in the future) is refused and the history keeps working', async ({ session }) => {
  await clearReactions(session);
  const { history, errors } = await openHistory(session);
  const notices = await importAndReport(
    history,
    'time.json',
    exportFile([record(1), record(2, { savedAt: 9e15, updatedAt: 9e15 }), record(3, { savedAt: 4_102_444_800_000, updatedAt: 4_102_444_800_000 })]),
    /Import finished: 1 added, 0 updated, 2 skipped/,
  );
  const details = notices.flatMap((n) => n.details);
  expect(details.some((line) => line.includes('Entry 2') && line.includes('savedAt'))).toBe(true);
  expect(details.some((line) => line.includes('Entry 3') && line.includes('savedAt'))).toBe(true);
  await expect.poll(() => history.titles()).toEqual(['Story 1']);

  // The same record planted in storage: reported as unreadable, the rest of the list still shows.
  await setLocal(session, { 'reaction:https://news.example/story-9': record(9, { savedAt: 9e15, updatedAt: 9e15 }) });
  await history.tab.reload();
  await history.tab.waitFor('html[data-list-painted]', { state: 'attached' });
  await expect.poll(() => history.titles()).toEqual(['Story 1']);
  expect((await history.summary()).count).toMatch(/1 of 1/);
  const csv = (await history.exportCsv()).content.toString('utf8');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  expect(errors.filter((e) => /RangeError|Invalid time/.test(e))).toEqual([]);
  await history.close();
  await clearReactions(session);
});

test('attack 4: the CSV export defuses every cell a spreadsheet could run (OWASP), whatever comes first', async ({ session }) => {
  await clearReactions(session);
  const triggers = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢'];
  const leads = ['', ' ', '  ', '\t', '\r', '\n', '\u00A0', '\u3000', '\u2003', '\u200B', '\uFEFF', '\u0000', '\u001F', ';', ',', '"', "'", ' "'];
  const reactions: unknown[] = [];
  let n = 0;
  for (const lead of leads) for (const trigger of triggers) reactions.push(record(++n, { title: `${lead}${trigger}1+1`, site: `${lead}${trigger}HYPERLINK("http://evil.example")` }));
  reactions.push(record(++n, { title: '"=1+1" ok', site: 'Plain site' }));
  const { history } = await openHistory(session);
  await importAndReport(history, 'csv.json', exportFile(reactions), new RegExp(`Import finished: ${reactions.length} added`));
  const csv = (await history.exportCsv()).content.toString('utf8').replace(/^\uFEFF/, '');
  const rows = parseCsv(csv);
  expect(rows).toHaveLength(reactions.length + 1);
  const dangerous = rows.slice(1).flatMap((row) => row.filter(runsAsFormula));
  expect(dangerous, 'cells that would run as formulas').toEqual([]);
  // Defused, not lost: each title is still there after its apostrophe.
  const titles = rows.slice(1).map((row) => row[1]);
  expect(titles).toContain("'＝1+1");
  expect(titles).toContain("'\u00A0=1+1");
  await history.close();
  await clearReactions(session);
});

test('attack 5: an import record that lies about its address, or points at a local file, is refused', async ({ session }) => {
  await clearReactions(session);
  const { history } = await openHistory(session);
  const notices = await importAndReport(
    history,
    'lies.json',
    exportFile([
      record(1),
      record(2, { key: 'https://bank.example/account', url: 'http://evil.example/phish', title: 'Your bank' }),
      record(3, { key: 'file:///etc/passwd', url: 'file:///etc/passwd', title: 'Passwords' }),
    ]),
    /Import finished: 1 added, 0 updated, 2 skipped/,
  );
  const details = notices.flatMap((n) => n.details);
  expect(details.some((line) => line.includes('Entry 2') && line.includes('url'))).toBe(true);
  expect(details.some((line) => line.includes('Entry 3') && line.includes('key'))).toBe(true);
  const rows = await history.rows();
  expect(rows.map((row) => row.href)).toEqual(['https://news.example/story-1']);
  expect(Object.keys(await storedReactions(session))).toEqual(['reaction:https://news.example/story-1']);

  // Planted in storage directly, the same record shows no row (it is reported as unreadable).
  await setLocal(session, { 'reaction:https://bank.example/account': record(2, { key: 'https://bank.example/account', url: 'http://evil.example/phish' }) });
  await history.tab.reload();
  await history.tab.waitFor('html[data-list-painted]', { state: 'attached' });
  expect((await history.rows()).map((row) => row.href)).toEqual(['https://news.example/story-1']);
  await history.close();
  await clearReactions(session);
});

/** What the big-import test's page script records. */
interface ImportWatch {
  longTasks: number[];
  steps: string[];
  answeredMidway: number;
  workersStarted: number;
}

test('attack 7: importing 100,000 records goes in steps with progress, is parsed off the page\'s thread, and says what fits', async ({ session }) => {
  await clearReactions(session);
  const { history } = await openHistory(session);
  const page = session.pageOf(history.tab);
  await page.evaluate(() => {
    const w = window as unknown as ImportWatch;
    w.longTasks = [];
    w.steps = [];
    w.answeredMidway = 0;
    w.workersStarted = 0;
    // The page stays responsive because the file is read and checked in a worker: count the workers started.
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        w.workersStarted++;
      }
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    // A step part-way (0 < done < total) as the page shows it.
    const midway = () => {
      const bar = document.querySelector<HTMLProgressElement>('[data-import-progress]');
      return bar && bar.max > 1 && bar.value > 0 && bar.value < bar.max ? `${document.querySelector('.notice-text')?.textContent}: ${bar.value}/${bar.max}` : null;
    };
    new MutationObserver(() => {
      const step = midway();
      if (!step || w.steps.at(-1) === step) return;
      w.steps.push(step);
      // A task queued part-way runs while the import is still part-way: the page's thread was free between steps.
      setTimeout(() => {
        if (midway()) w.answeredMidway++;
      });
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  // Short addresses, so 100,000 records stay under the 20 MB file limit (about 17 MB): far more than storage holds.
  const reactions = Array.from({ length: 100_000 }, (_, i) => record(i + 1, { key: `https://n.example/${i}`, url: `https://n.example/${i}`, title: `Story ${i}` }));
  // From a file on disk: handing Playwright a 17 MB buffer would decode it in the page, a long task of its own.
  const file = artifactPath('security-big-import.json');
  writeFileSync(file, exportFile(reactions));
  await page.setInputFiles('[data-action=import-file]', file);
  await expect
    .poll(async () => (await history.notices()).map((n) => n.text).join('\n'), { timeout: 120_000 })
    .toMatch(/Nothing was imported|Import finished/);
  const report = (await history.notices()).map((n) => n.text).join('\n');
  expect(report).not.toMatch(/try again/i);
  const { longTasks, steps, answeredMidway, workersStarted } = await page.evaluate(() => {
    const { longTasks, steps, answeredMidway, workersStarted } = window as unknown as ImportWatch;
    return { longTasks, steps, answeredMidway, workersStarted };
  });
  // Long tasks depend on the machine's speed: written down for a person to read, never asserted.
  writeFileSync(artifactPath('security-big-import-long-tasks.json'), JSON.stringify({ longTasks, steps, answeredMidway }, null, 1));
  expect(workersStarted, 'the file was parsed in a worker').toBeGreaterThanOrEqual(1);
  expect(steps.length, 'the page showed the import part-way more than once').toBeGreaterThanOrEqual(2);
  expect(answeredMidway, 'the page ran other work between two steps of the import').toBeGreaterThanOrEqual(1);
  // The page answers, and says how much fits when not all does.
  if (/Nothing was imported/.test(report)) expect(report).toMatch(/MB/);
  await history.close();
  await clearReactions(session);
});
