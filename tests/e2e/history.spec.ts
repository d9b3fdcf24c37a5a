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
