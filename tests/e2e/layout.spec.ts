import assert from 'node:assert/strict';
import { artifactPath, eventually } from '../harness/views';
import { sampleReactionRecords } from '../harness/sample-reactions';
import { test } from './fixtures';
import { clearReactions, setLocal } from './flows/extension-storage';
import { openReader } from './flows/reader';
import { HistoryPage } from './pages/history';
import { elementsOutsideViewport } from './pages/layout';

/** The widths every view must fit: a small phone, a common phone, a tablet, a laptop. */
const WIDTHS = [320, 390, 768, 1440];
const HEIGHT = 800;

async function assertFits(view: Parameters<typeof elementsOutsideViewport>[0], what: string): Promise<void> {
  const { viewport, scrollWidth, outside } = await elementsOutsideViewport(view);
  assert.deepEqual(outside, [], `${what}: elements outside the ${viewport.width}×${viewport.height} window`);
  assert.ok(scrollWidth <= viewport.width, `${what}: the page scrolls sideways (${scrollWidth} > ${viewport.width})`);
}

test('the reader, its toolbar and every panel it opens fit every window from 320 to 1440 px', async ({ session }) => {
  // The long article: code blocks, a table of contents (a menu on narrow windows), read aloud's note.
  const tab = await session.newTab(`${session.server.origin}/widget-hosts/v8-blog.html?layout`);
  const reader = await openReader(session, tab);
  for (const width of WIDTHS) {
    await tab.setViewport(width, HEIGHT);
    await reader.rendered();
    await assertFits(tab, `reader at ${width} px`);
    // One toolbar row at every width (the issue saw three at 390 px).
    const toolbar = await tab.evaluate(() => {
      const inner = document.querySelector('.toolbar-inner')!.getBoundingClientRect();
      const back = document.querySelector('.toolbar .back')!.getBoundingClientRect();
      return { height: inner.height, backHeight: back.height };
    });
    assert.ok(toolbar.height < toolbar.backHeight * 2, `reader at ${width} px: the toolbar wraps (${toolbar.height} px tall)`);
    await tab.screenshot(artifactPath(`layout-reader-${width}.png`));

    await reader.openSettings();
    await assertFits(tab, `Display panel at ${width} px`);
    await tab.screenshot(artifactPath(`layout-reader-settings-${width}.png`));
    await reader.press('Escape');
    await eventually(() => reader.settingsOpen(), (open) => !open, 'the panel to close');

    await reader.openSave();
    await assertFits(tab, `Save menu at ${width} px`);
    await tab.screenshot(artifactPath(`layout-reader-save-${width}.png`));
    await reader.press('Escape');
    if ((await reader.tableOfContents()).where === 'menu') {
      await tab.click('.toolbar-menu.contents > summary');
      await assertFits(tab, `contents menu at ${width} px`);
      await tab.screenshot(artifactPath(`layout-reader-contents-${width}.png`));
      await reader.press('Escape');
    }
  }
  await tab.close();
});

test('the history page fits every window from 320 to 1440 px, titles readable', async ({ session }) => {
  await clearReactions(session);
  const history = await HistoryPage.open(session);
  await setLocal(session, await sampleReactionRecords());
  await eventually(() => history.rows(), (rows) => rows.length > 5, 'the rows');
  for (const width of WIDTHS) {
    await history.tab.setViewport(width, HEIGHT);
    await eventually(() => history.rows(), (rows) => rows.length > 5, 'the rows');
    await assertFits(history.tab, `history at ${width} px`);
    // A title has at least half the window's width (the issue saw about 12 characters at 390 px).
    const titleWidth = await history.tab.evaluate(() => document.querySelector('.row-title')!.getBoundingClientRect().width);
    const rowWidth = await history.tab.evaluate(() => document.querySelector('.row')!.getBoundingClientRect().width);
    assert.ok(titleWidth >= rowWidth * 0.5, `history at ${width} px: titles get ${titleWidth} of ${rowWidth} px`);
    await history.tab.screenshot(artifactPath(`layout-history-${width}.png`));
  }
  await clearReactions(session);
  await history.tab.close();
});
