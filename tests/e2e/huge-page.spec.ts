import { rmSync } from 'node:fs';
import { startFixtureServer } from '../harness/fixture-server';
import { writeHugePage } from '../harness/huge-page';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';

test('a page of 120,000 elements and 10 MB gets an answer, and the page stays usable', async ({ session }) => {
  const huge = writeHugePage(120_000, 10);
  const server = await startFixtureServer(huge.root);
  try {
    const tab = await session.newTab(`${server.origin}${huge.path}`);
    expect(await tab.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(100_000);
    const popup = await PopupPage.open(session, tab, 30_000);
    const answer = (await popup.card())?.title ?? (await popup.message())?.title;
    expect(['The very long report', 'This page is too large']).toContain(answer);
    await popup.close();
    // The page still responds and was not changed.
    expect(await tab.evaluate(() => document.querySelectorAll('article p').length)).toBe(1_500);
    await tab.close();
  } finally {
    await server.close();
    rmSync(huge.root, { recursive: true, force: true });
  }
});
