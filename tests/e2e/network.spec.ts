import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';

test('the extension’s own pages request nothing but their files and the article’s images', async ({ extension, server }) => {
  const extensionOrigin = `chrome-extension://${extension.extensionId}/`;
  const outside: string[] = [];
  const record = (request: Request) => {
    if (!request.url().startsWith(extensionOrigin)) outside.push(request.url());
  };
  // Requests of the background worker.
  extension.context.on('request', (request) => {
    if (request.serviceWorker()) record(request);
  });

  const article = await extension.context.newPage();
  await article.goto(`${server.origin}/seed-article/`);
  await (await extension.clickAction(article)).close();

  const popup = await extension.context.newPage();
  popup.on('request', record);
  await popup.goto(`${extensionOrigin}src/popup/index.html?tab=${await extension.tabIdOf(article)}`);
  await popup.waitForSelector('.card');
  await popup.waitForFunction(() => [...document.images].every((img) => img.complete));
  await popup.getByRole('radio', { name: 'Wow' }).click();
  await popup.getByRole('radio', { name: 'Wow' }).click();

  const history = await extension.context.newPage();
  history.on('request', record);
  await history.goto(`${extensionOrigin}src/history/index.html`);
  await history.waitForSelector('h1');

  expect(outside).toEqual([`${server.origin}/seed-article/assets/img/posts/meta-connect-1200x675.jpg`]);
  await Promise.all([popup.close(), history.close(), article.close()]);
});
