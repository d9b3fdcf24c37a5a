import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './extension-browser';

/** The reader page's address pattern, for `page.waitForURL`. */
export const readerUrl = (extension: ExtensionBrowser) => `chrome-extension://${extension.extensionId}/src/reader/index.html?id=*`;

/**
 * The real flow: click the toolbar action on `page`, click "Read" in the popup, wait for the article.
 * Returns the wall-clock time (ms since the epoch) of the click on "Read".
 */
export async function openReaderFromPopup(extension: ExtensionBrowser, page: Page): Promise<number> {
  const popup = await extension.clickAction(page);
  // The card's head paints before the extraction with "Read" not yet enabled: it is clicked once it can open the reader.
  await popup.waitFor("document.querySelector('.read-button:enabled')", 30_000);
  const clickedAt = await popup.evaluate<number>("(document.querySelector('.read-button').click(), performance.timeOrigin + performance.now())");
  await page.waitForURL(readerUrl(extension));
  await page.waitForFunction(() => document.documentElement.dataset.bodyPaintedAt, undefined, { timeout: 30_000 });
  return clickedAt;
}
