/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../harness/extension-browser';
import { openReaderFromPopup, readerUrl } from '../harness/reader';
import { expect, test } from './fixtures';

const CLUTTER = ["What's Your Reaction", 'Related Posts', 'Newsletter', 'Popular Posts', 'Voting Poll', 'cookies', 'Advertisement', 'Post Comment'];
const TITLE = 'Zuckerberg says Meta won’t slow down AI spend despite DeepSeek’s breakthrough.';
const THEMES = ['light', 'dark', 'sepia', 'system'] as const;


/** Grants activeTab for `page` with a real click on the action, then closes the popup. */
async function grantActiveTab(extension: ExtensionBrowser, page: Page): Promise<number> {
  const popup = await extension.clickAction(page);
  await popup.waitFor("document.querySelector('.card, .status-message')");
  await popup.close();
  return extension.tabIdOf(page);
}

/** Fires the background worker's command or context-menu listener as the browser would for `tabId`. */
async function dispatchInWorker(extension: ExtensionBrowser, what: 'command' | 'menu', tabId: number): Promise<void> {
  const worker = extension.context.serviceWorkers()[0]!;
  await worker.evaluate(
    async ({ what, tabId }) => {
      const tab = await chrome.tabs.get(tabId);
      type Dispatchable = { dispatch(...args: unknown[]): void };
      if (what === 'command') (chrome.commands.onCommand as unknown as Dispatchable).dispatch('open-reader', tab);
      else (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch({ menuItemId: 'open-reader', editable: false, pageUrl: tab.url }, tab);
    },
    { what, tabId },
  );
}

async function resetSettings(page: Page): Promise<void> {
  await page.evaluate(() => chrome.storage.sync.clear());
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

  test('settings change the page at once and survive a reload; + - t and Esc work', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/seed-article/?settings`);
    await openReaderFromPopup(extension, page);
    await resetSettings(page);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.bodyPaintedAt);

    const article = page.locator('article.article');
    const style = () =>
      article.evaluate((el) => {
        const s = getComputedStyle(el);
        return { size: s.fontSize, lineHeight: s.lineHeight, family: s.fontFamily, width: el.getBoundingClientRect().width, bg: getComputedStyle(document.body).backgroundColor };
      });
    const before = await style();
    expect(before.size).toBe('20px');

    await page.locator('.settings > summary').click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('radio', { name: 'Sans-serif' }).check();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('radio', { name: 'Loose' }).check();
    await page.getByRole('radio', { name: 'Wide' }).check();
    const after = await style();
    expect(after.size).toBe('24px');
    expect(after.lineHeight).toBe('48px');
    expect(after.family).toMatch(/system-ui/);
    expect(after.bg).toBe('rgb(23, 24, 27)');
    expect(after.width).toBeGreaterThan(before.width);

    await expect
      .poll(() => page.evaluate(() => chrome.storage.sync.get('readerSettings')))
      .toEqual({ readerSettings: { schemaVersion: 1, theme: 'dark', font: 'sans', fontSize: 24, lineHeight: 2, width: 'wide', speechRate: 1 } });
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.bodyPaintedAt);
    expect(await style()).toEqual(after);

    // Keyboard: + and - step the size, t the theme.
    await page.locator('body').press('+');
    await expect(article).toHaveCSS('font-size', '28px');
    await page.locator('body').press('-');
    await page.locator('body').press('-');
    await expect(article).toHaveCSS('font-size', '22px');
    await page.locator('body').press('t');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(244, 236, 216)');

    // Esc closes an open settings panel first, then goes back to the page.
    await page.locator('.settings > summary').click();
    await expect(page.getByRole('radio', { name: 'Sepia' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('radio', { name: 'Sepia' })).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(`${server.origin}/seed-article/?settings`);

    await page.goForward();
    await page.waitForFunction(() => document.documentElement.dataset.bodyPaintedAt);
    await resetSettings(page);
    await page.close();
  });

  test('a reaction chosen in the reader shows in the popup at once, and the reverse', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/seed-article/?utm_source=reader`);
    const tabId = await grantActiveTab(extension, page);

    // "Read" in a popup opened in another tab navigates the article's tab, not the popup's.
    const popupTab = await extension.openPopupInTab(tabId);
    await popupTab.getByRole('button', { name: 'Read', exact: true }).click();
    await page.waitForURL(readerUrl(extension));
    await page.waitForFunction(() => document.documentElement.dataset.bodyPaintedAt);
    if (!popupTab.isClosed()) await popupTab.close();

    // A second tab on the same article (same canonical URL, other tracking parameters), with its popup, watches the same store.
    const other = await extension.context.newPage();
    await other.goto(`${server.origin}/seed-article/?utm_campaign=other`);
    const otherPopup = await extension.openPopupInTab(await grantActiveTab(extension, other));
    await expect(otherPopup.locator('.card')).toBeVisible();

    await page.getByRole('radio', { name: 'Wow' }).click();
    await expect(page.getByRole('radio', { name: 'Wow' })).toHaveAttribute('aria-checked', 'true');
    await expect(otherPopup.getByRole('radio', { name: 'Wow' })).toHaveAttribute('aria-checked', 'true');

    await otherPopup.getByRole('radio', { name: 'Sad' }).click();
    await expect(page.getByRole('radio', { name: 'Sad' })).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('radio', { name: 'Wow' })).toHaveAttribute('aria-checked', 'false');

    // One record, under the canonical URL.
    const stored = await page.evaluate(() => chrome.storage.local.get(null));
    expect(stored[`reaction:${server.origin}/seed-article/`]).toMatchObject({ reaction: 'sad' });

    await page.getByRole('radio', { name: 'Sad' }).click();
    await expect(otherPopup.getByRole('radio', { name: 'Sad' })).toHaveAttribute('aria-checked', 'false');
    await otherPopup.close();
    await other.close();
    await page.close();
  });

  test('read aloud works, or says it is unavailable when the browser has no voice', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/seed-article/?speech`);
    await openReaderFromPopup(extension, page);
    const controls = page.locator('.read-aloud');
    await expect(controls).not.toHaveAttribute('data-availability', 'checking');
    const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
    const listen = page.getByRole('button', { name: 'Listen' });
    if (voices === 0) {
      await expect(controls).toHaveAttribute('data-availability', 'unavailable');
      await expect(listen).toBeDisabled();
      await expect(controls.getByRole('status')).toHaveText('Read aloud is unavailable: this browser has no voice to read with.');
    } else {
      await listen.click();
      await expect(controls).toHaveAttribute('data-status', 'playing');
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect(controls).toHaveAttribute('data-status', 'paused');
    }
    // Whatever the voices, the article is there and nothing broke.
    await expect(page.locator('.article-body')).toContainText('Meta CEO Mark Zuckerberg');
    await page.close();
  });

  test('a screenshot of each theme', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/seed-article/?themes`);
    await openReaderFromPopup(extension, page);
    for (const theme of THEMES) {
      await page.evaluate((theme) => chrome.storage.sync.set({ readerSettings: { schemaVersion: 1, theme } }), theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // "System" follows the OS: shown here with a dark OS setting.
      await page.emulateMedia({ colorScheme: theme === 'system' ? 'dark' : 'light' });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `docs/screenshots/reader-${theme}.png` });
    }
    await page.emulateMedia({ colorScheme: null });
    await resetSettings(page);
    await page.close();
  });
});

test.describe('the shortcut and the context menu', () => {
  test('the open-reader command reads the page into the reader', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/seed-article/?command`);
    const tabId = await grantActiveTab(extension, page);
    await dispatchInWorker(extension, 'command', tabId);
    await page.waitForURL(readerUrl(extension));
    await expect(page.locator('h1#article-title')).toHaveText(TITLE);
    await page.goBack();
    await expect(page).toHaveURL(`${server.origin}/seed-article/?command`);
    await page.close();
  });

  test('the context menu entry exists and reads the page into the reader', async ({ extension, server }) => {
    const worker = extension.context.serviceWorkers()[0]!;
    // update() fails for an entry that was never created.
    await worker.evaluate(() => chrome.contextMenus.update('open-reader', {}));
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/seed-article/?menu`);
    const tabId = await grantActiveTab(extension, page);
    await dispatchInWorker(extension, 'menu', tabId);
    await page.waitForURL(readerUrl(extension));
    await expect(page.locator('.article-body')).toContainText('Meta CEO Mark Zuckerberg stated on Wednesday');
    await page.close();
  });

  test('a page that is not an article shows the reader explaining why, with a way back', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/not-an-article/`);
    const tabId = await grantActiveTab(extension, page);
    await dispatchInWorker(extension, 'menu', tabId);
    await page.waitForURL(readerUrl(extension));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page doesn’t look like an article');
    await expect(page.getByRole('alert')).toContainText('Try anyway');
    await expect(page.locator('.problem-url')).toHaveAttribute('href', `${server.origin}/not-an-article/`);
    await page.getByRole('button', { name: 'Back to the page' }).click();
    await expect(page).toHaveURL(`${server.origin}/not-an-article/`);
    await page.close();
  });

  test('a browser page shows the reader explaining why', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto('chrome://version/');
    const tabId = await grantActiveTab(extension, page);
    await dispatchInWorker(extension, 'command', tabId);
    await page.waitForURL(readerUrl(extension));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This is a browser page');
    await page.getByRole('button', { name: 'Back to the page' }).click();
    await expect(page).toHaveURL('chrome://version/');
    await page.close();
  });

  test('a reader whose article is gone says so instead of showing a blank page', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/src/reader/index.html?id=00000000-0000-4000-8000-000000000000`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This reading view has expired');
    await page.close();
  });
});

test.describe('other articles', () => {
  test('a right-to-left article keeps its direction and language', async ({ extension, server }) => {
    const paragraph =
      'هذه فقرة طويلة من مقال إخباري تجريبي، كتبت لاختبار اتجاه النص من اليمين إلى اليسار في عرض القراءة. ' +
      'تحتوي على عدة جمل كاملة، وعلامات ترقيم عربية، وأرقام مثل 2025 حتى تبدو كنص حقيقي يقرؤه الناس كل يوم.';
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مقال تجريبي عن القراءة</title></head>
      <body><article><h1>مقال تجريبي عن القراءة</h1>${Array.from({ length: 8 }, (_, i) => `<p>${i + 1}. ${paragraph}</p>`).join('')}
      <blockquote><p>${paragraph}</p></blockquote><ul><li>${paragraph}</li><li>${paragraph}</li></ul></article></body></html>`;
    const url = `${server.origin}/rtl-article/`;
    const page = await extension.context.newPage();
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    await openReaderFromPopup(extension, page);
    const article = page.locator('article.article');
    await expect(article).toHaveAttribute('dir', 'rtl');
    await expect(article).toHaveAttribute('lang', 'ar');
    await expect(article).toHaveCSS('direction', 'rtl');
    // Text starts at the right: the first paragraph's right edge is the body's right edge.
    const edges = await page.locator('.article-body p').first().evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const rects = [...range.getClientRects()];
      return { textRight: Math.max(...rects.map((r) => r.right)), boxRight: p.getBoundingClientRect().right };
    });
    expect(Math.abs(edges.textRight - edges.boxRight)).toBeLessThan(2);
    await expect(page.locator('.article-body blockquote')).toHaveCSS('border-right-width', '4px');
    // The toolbar stays in the interface's direction.
    await expect(page.locator('.toolbar')).toHaveCSS('direction', 'ltr');
    await page.close();
  });

  test('the largest corpus page opens in the reader', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${server.origin}/large/yahoo-2/`, { waitUntil: 'domcontentloaded' });
    await openReaderFromPopup(extension, page);
    await expect(page.locator('h1#article-title')).not.toBeEmpty();
    expect((await page.locator('.article-body').innerText()).length).toBeGreaterThan(1000);
    await page.close();
  });
});
