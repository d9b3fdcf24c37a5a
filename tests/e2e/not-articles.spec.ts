import { expect, test } from './fixtures';

const PAGES = ['search-results', 'app-shell', 'empty', 'image-only', 'frameset'];

test.describe('pages that are not articles', () => {
  for (const name of PAGES) {
    test(`${name}: says so, and "Try anyway" ends on a card or a clear message`, async ({ extension, server }) => {
      const page = await extension.context.newPage();
      await page.goto(`${server.origin}/not-articles/${name}.html`);
      const popup = await extension.clickAction(page);
      try {
        await popup.waitFor("document.querySelector('.status-message, .card')");
        expect(await popup.evaluate<string>("document.querySelector('.status-title')?.textContent")).toBe('This page doesn’t look like an article');
        await popup.evaluate("document.querySelector('.status-message button').click()");
        await popup.waitFor("document.querySelector('.card') || document.querySelector('.status-title')?.textContent === 'Nothing to read here'");
        expect(await popup.evaluate<boolean>("document.querySelector('.status-message button') === null")).toBe(true);
        // Whatever happened, the popup never ends blank.
        expect((await popup.evaluate<string>('document.body.innerText')).trim().length).toBeGreaterThan(10);
      } finally {
        await popup.close();
        await page.close();
      }
    });
  }
});
