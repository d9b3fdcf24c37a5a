import { sampleReactionRecords } from '../harness/sample-reactions';
import { eventually } from '../harness/views';
import { clearReactions, setLocal } from './flows/extension-storage';
import { historyFlows } from './flows/history';
import { expect, test } from './fixtures';
import { flowsFor } from './flows/flow';
import { HistoryPage } from './pages/history';
import { PopupPage } from './pages/popup';

for (const flow of flowsFor('chromium', historyFlows)) test(flow.name, ({ session }) => flow.run(session));

// Chromium only: Playwright sees the tab that runtime.openOptionsPage() opens.
test('the popup’s History link opens the history page', async ({ session, extension, server }) => {
  const page = await session.newTab(`${server.origin}/second-article/`);
  const popup = await PopupPage.openInTab(session, page);
  const [opened] = await Promise.all([extension.context.waitForEvent('page'), popup.openHistory()]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(HistoryPage.url(session));
  await expect(opened.locator('h1.page-title')).toHaveText('Reaction history');
  await opened.close();
  await page.close();
});

// Chromium only: the fonts a node's text was drawn with come from the DevTools protocol.
test('the emoji in the history’s reaction menus are drawn with the colour emoji font, the labels with the UI font', async ({ session }) => {
  const records = await sampleReactionRecords();
  await clearReactions(session);
  const history = await HistoryPage.open(session);
  await setLocal(session, records);
  await eventually(() => history.rows(), (rows) => rows.length > 0, 'the rows');
  const page = session.pageOf(history.tab);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  // Every reaction, the faces among them (DejaVu Sans, the usual UI font on Linux, draws those in black and white).
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.row-reaction' });
  const drawnWith: Record<string, string[]> = {};
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
    drawnWith[attributes[attributes.indexOf('aria-label') + 1]!] = fonts.map((font) => font.familyName);
  }
  expect(Object.keys(drawnWith).length).toBeGreaterThan(5);
  for (const [menu, families] of Object.entries(drawnWith)) {
    expect(families, menu).toContain('Noto Color Emoji');
    expect(families.length, `${menu}: the label's letters come from another font`).toBeGreaterThan(1);
  }
  await cdp.detach();
  await clearReactions(session);
  await history.tab.close();
});
