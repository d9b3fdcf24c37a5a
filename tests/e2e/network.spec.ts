import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history';
import { PopupPage } from './pages/popup';

// Chromium only: Playwright sees every request of the extension's pages and worker.
test('the extension’s own pages request nothing but their files and the article’s images', async ({ session, extension, server }) => {
  const extensionOrigin = session.extensionUrl('');
  const outside: string[] = [];
  const record = (request: Request) => {
    // blob: addresses of the extension are its own memory (the lead image's bytes), not the network.
    if (!request.url().startsWith(extensionOrigin) && !request.url().startsWith(`blob:${extensionOrigin}`)) outside.push(request.url());
  };
  // Requests of the background worker.
  extension.context.on('request', (request) => {
    if (request.serviceWorker()) record(request);
  });

  const article = await session.newTab(`${server.origin}/seed-article/`);
  // Requests of the extension's pages, from the moment each opens.
  extension.context.on('page', (page) => {
    page.on('request', (request) => {
      if (!request.frame().url().startsWith(server.origin) && request.frame().url() !== 'about:blank') record(request);
    });
  });
  const popup = await PopupPage.openInTab(session, article);
  await popup.view.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
  await popup.reactions.click('wow');
  await popup.reactions.click('wow');
  const history = await HistoryPage.open(session);

  expect(outside).toEqual([`${server.origin}/seed-article/assets/img/posts/meta-connect-1200x675.jpg`]);
  await Promise.all([popup.close(), history.close(), article.close()]);
});
