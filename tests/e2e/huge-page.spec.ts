import { rmSync } from 'node:fs';
import { startFixtureServer } from '../harness/fixture-server';
import { writeHugePage } from '../harness/huge-page';
import { expect, test } from './fixtures';

test('a page of 120,000 elements and 10 MB gets an answer, and the page stays usable', async ({ extension }) => {
  const huge = writeHugePage(120_000, 10);
  const server = await startFixtureServer(huge.root);
  const page = await extension.context.newPage();
  try {
    await page.goto(`${server.origin}${huge.path}`);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(100_000);
    const popup = await extension.clickAction(page);
    await popup.waitFor("document.querySelector('.card, .status-message')", 30_000);
    const answer = await popup.evaluate<string>("document.querySelector('.card .title')?.textContent ?? document.querySelector('.status-title').textContent");
    expect(['The very long report', 'This page is too large']).toContain(answer);
    await popup.close();
    // The page still responds and was not changed.
    expect(await page.evaluate(() => document.querySelectorAll('article p').length)).toBe(1_500);
  } finally {
    await page.close();
    await server.close();
    rmSync(huge.root, { recursive: true, force: true });
  }
});
