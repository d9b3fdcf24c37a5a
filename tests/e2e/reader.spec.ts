/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../harness/extension-browser';
import { expect, test } from './fixtures';

const CLUTTER = ["What's Your Reaction", 'Related Posts', 'Newsletter', 'Popular Posts', 'Voting Poll', 'cookies', 'Advertisement', 'Post Comment'];
const TITLE = 'Zuckerberg says Meta won’t slow down AI spend despite DeepSeek’s breakthrough.';

/** The real flow: click the toolbar action on `page`, click "Read" in the popup, wait for the article. */
async function openReaderFromPopup(extension: ExtensionBrowser, page: Page): Promise<void> {
  const popup = await extension.clickAction(page);
  await popup.waitFor("document.querySelector('.read-button')");
  await popup.evaluate("document.querySelector('.read-button').click()");
  await page.waitForURL(`chrome-extension://${extension.extensionId}/src/reader/index.html?id=*`);
  await page.waitForFunction(() => document.documentElement.dataset.bodyPaintedAt);
}

test.describe('the reader on the seed article', () => {
  test('"Read" in the popup opens the whole article, clean, in the same tab; Back returns to the page', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    const csp: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Trusted Type/i.test(message.text())) csp.push(message.text());
    });
    const articleUrl = `${server.origin}/seed-article/`;
    await page.goto(articleUrl);
    const tabId = await extension.tabIdOf(page);
    await openReaderFromPopup(extension, page);
    expect(await extension.tabIdOf(page)).toBe(tabId);

    // Nothing of the article is in the URL: only the handoff id.
    expect(new URL(page.url()).search).toMatch(/^\?id=[0-9a-f-]{36}$/);

    await expect(page.locator('.site')).toHaveText('Trendline Daily');
    await expect(page.locator('h1#article-title')).toHaveText(TITLE);
    await expect(page.locator('.byline')).toHaveText('Trendline Daily Staff');
    await expect(page.locator('.article-meta time')).toHaveAttribute('datetime', '2025-01-30T09:12:00+00:00');
    await expect(page.locator('.reading-time')).toHaveText(/\d+ min read/);
    await expect(page).toHaveTitle(TITLE);
    await expect(page.locator('.original-url')).toHaveAttribute('href', articleUrl);

    const summary = page.locator('details.summary');
    await expect(summary.locator('li').first()).toBeVisible();
    await summary.locator('summary').click();
    await expect(summary.locator('li').first()).toBeHidden();

    const body = page.locator('.article-body');
    await expect(body).toContainText('Meta CEO Mark Zuckerberg stated on Wednesday');
    await expect(body).toContainText('it’s crucial that this standard is American.');
    const text = await page.locator('main').innerText();
    for (const clutter of CLUTTER) expect(text).not.toContain(clutter);
    for (const link of await body.locator('a[href^="http"]').all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await expect(page.locator('.reaction-picker [role=radio]')).toHaveCount(7);

    // The reader's own CSP blocked nothing it needs (the images loaded, no violation was reported).
    const images = await body.locator('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth));
    expect(images.length).toBeGreaterThan(0);
    for (const width of images) expect(width).toBeGreaterThan(0);
    expect(csp).toEqual([]);

    await page.goBack();
    await expect(page).toHaveURL(articleUrl);
    await expect(page.locator('.reactions')).toBeVisible();
    await page.close();
  });
});
