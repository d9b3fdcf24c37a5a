import type { Page } from '@playwright/test';
import { openReaderFromPopup } from '../harness/reader';
import { artifactPath } from '../harness/views';
import { expect, test } from './fixtures';

/** Every request the reader page makes (not the article's own page before it) for anything but its own files. */
function readerRequests(page: Page): string[] {
  const made: string[] = [];
  page.on('request', (request) => {
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      return;
    }
    if (frameUrl.startsWith('chrome-extension:') && !request.url().startsWith('chrome-extension:')) made.push(request.url());
  });
  return made;
}

async function openInReader(page: Page, url: string, extension: Parameters<typeof openReaderFromPopup>[0]): Promise<void> {
  await page.goto(url);
  await openReaderFromPopup(extension, page);
}

/** A full-page picture of the reader under artifacts/, to look at (tests write nowhere else). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artifactPath(`reader-${name}.png`), fullPage: true });
}

// Chromium only: the pictures of these views are asked for in Chromium, and the checks read computed styles and
// the reader's own requests through Playwright.
test.describe('the reader shows what the article holds', () => {
  test('code blocks: one block each, the language shown, no line numbers or buttons', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await openInReader(page, `${server.origin}/extraction/code/github.html`, extension);
    const blocks = page.locator('.article-body pre');
    await expect(blocks).toHaveCount(2);
    await expect(blocks.nth(0)).toHaveAttribute('data-language', 'python');
    await expect(blocks.nth(1)).toHaveAttribute('data-language', 'go');
    await expect(blocks.nth(1)).toHaveAttribute('aria-label', 'Code: go');
    expect(await blocks.nth(1).locator('code').textContent()).toBe('package main\n\nfunc main() {}');
    // The label is drawn above the code.
    const label = await blocks.nth(0).evaluate((pre) => getComputedStyle(pre, '::before').content);
    expect(label).toBe('"python"');
    await screenshot(page, 'code');
    await page.close();
  });

  test('code beside a line-number column of its own elements: the code without the numbers, under its section heading', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await openInReader(page, `${server.origin}/extraction/code/flex-gutter.html`, extension);
    const blocks = page.locator('.article-body pre');
    await expect(blocks).toHaveCount(2);
    await expect(blocks.nth(0)).toHaveAttribute('data-language', 'go');
    expect(await blocks.nth(0).locator('code').textContent()).toMatch(/^func Load\(path string\)/);
    expect(await blocks.nth(1).locator('code').textContent()).toBe('if c.Port == 0 {\n\treturn fmt.Errorf("config: port is missing")\n}');
    await expect(page.locator('.article-body h2')).toHaveText(['Open and decode', 'Check what came out']);
    await screenshot(page, 'code-flex-gutter');
    await page.close();
  });

  test('math: MathML from the page, and TeX-only formulas drawn as MathML, each once', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await openInReader(page, `${server.origin}/extraction/math/mathjax2.html`, extension);
    // Two formulas come as TeX only: the reader loads its TeX renderer and replaces them.
    await expect(page.locator('.article-body code.language-math')).toHaveCount(0);
    await expect(page.locator('.article-body math')).toHaveCount(3);
    await expect(page.locator('.article-body math[display="block"]')).toHaveCount(1);
    expect(await page.locator('.article-body math').nth(1).getAttribute('alttext')).toBe('\\sum_{k=1}^{n} k');
    // The browser lays MathML out: a fraction-free sum still has height and width.
    const box = await page.locator('.article-body math[display="block"]').boundingBox();
    expect(box?.height).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await screenshot(page, 'math');
    await page.goto(`${server.origin}/extraction/math/katex.html`);
    await openReaderFromPopup(extension, page);
    await expect(page.locator('.article-body math')).toHaveCount(2);
    await expect(page.locator('.article-body')).not.toContainText('eiπ+1=0eiπ+1=0');
    await screenshot(page, 'math-katex');
    await page.close();
  });

  test('embeds: a card per embed, linking to the original, with nothing loaded from the providers', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    const requests = readerRequests(page);
    await openInReader(page, `${server.origin}/extraction/embeds/embeds.html`, extension);
    const cards = page.locator('.article-body figure.embed');
    await expect(cards).toHaveCount(11);
    const youtube = page.locator('.article-body figure.embed-youtube a');
    await expect(youtube).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await expect(youtube).toHaveAttribute('target', '_blank');
    await expect(youtube).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(youtube).toHaveAttribute('title', 'Embedded YouTube (opens on the original site)');
    await expect(page.locator('.article-body iframe, .article-body video, .article-body audio, .article-body script')).toHaveCount(0);
    // The reader asks nothing of the providers, nor for the media files.
    expect(requests).toEqual([]);
    await screenshot(page, 'embeds');
    await page.close();
  });

  test('figures keep their captions, footnotes their links', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await openInReader(page, `${server.origin}/extraction/figures/`, extension);
    await expect(page.locator('.article-body figure figcaption')).toHaveCount(2);
    await expect(page.locator('.article-body figure figcaption').nth(1)).toHaveText('The heat pumps draw warmth from the harbour water under the quay.');
    const caption = await page.locator('.article-body figcaption').first().evaluate((el) => getComputedStyle(el).fontSize);
    const body = await page.locator('.article-body p').first().evaluate((el) => getComputedStyle(el).fontSize);
    expect(parseFloat(caption)).toBeLessThan(parseFloat(body));
    await page.locator('.article-body sup a').first().click();
    await expect(page.locator('#user-content-note-1')).toBeFocused();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'figures-footnotes');
    await page.close();
  });

  test('images that cannot load are hidden, not drawn broken; the reader says which picture is missing where its caption does not', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await openInReader(page, `${server.origin}/extraction/unloaded-images/`, extension);
    const body = page.locator('.article-body');
    // The depot photo loads and stays in view; the three missing files are hidden but kept in the article.
    await expect(body.locator('img[src*="thumb-related-1"]')).toBeVisible();
    for (const file of ['first-tram', 'tram-map', 'divider']) await expect(body.locator(`img[src*="${file}"]`)).toBeHidden();
    await expect(body.locator('img')).toHaveCount(4);
    // Only the map, whose alt text no caption repeats, gets a line; the isolates keep page text apart from ours.
    await expect(body.locator('.image-unloaded')).toHaveText(['Image not loaded: \u2068A map of the line with its seven stops\u2069']);
    await expect(body.locator('figcaption').first()).toHaveText('The first tram at the quay stop on Tuesday morning. Photo: Ann Berg');
    await screenshot(page, 'unloaded-images');
    await page.close();
  });
});
