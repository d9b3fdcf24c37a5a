import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { ExtensionBrowser } from '../harness/extension-browser';
import type { Page } from '@playwright/test';

/** Opens `url` in a tab, clicks the real toolbar action and returns the title of the message shown. */
async function messageFor(extension: ExtensionBrowser, url: string, prepare?: (page: Page) => Promise<void>): Promise<string> {
  const page = await extension.context.newPage();
  await prepare?.(page);
  await page.goto(url).catch(() => undefined); // some pages (PDF viewer, view-source) never report a load
  await page.waitForTimeout(0);
  const popup = await extension.clickAction(page);
  try {
    await popup.waitFor("document.querySelector('.status-message, .card')");
    return await popup.evaluate<string>("document.querySelector('.status-title')?.textContent ?? 'CARD'");
  } finally {
    await popup.close();
    await page.close();
  }
}

test.describe('pages the browser does not let an extension read', () => {
  test('browser pages: chrome://, about:blank, view-source:', async ({ extension, server }) => {
    const messages = {
      chrome: await messageFor(extension, 'chrome://version/'),
      blank: await messageFor(extension, 'about:blank'),
      source: await messageFor(extension, `view-source:${server.origin}/seed-article/`),
    };
    // activeTab shows chrome:// addresses; about:blank and view-source: stay hidden, so the refusal is all we know.
    expect(messages).toEqual({ chrome: 'This is a browser page', blank: 'This page is protected', source: 'This page is protected' });
  });

  test('a data: URL (the browser hides its address and refuses injection)', async ({ extension }) => {
    expect(await messageFor(extension, 'data:text/html,<h1>Hello</h1><p>Some text.</p>')).toBe('This page is protected');
  });

  // The Web Store cannot be opened here: Chromium moves it to a privileged process (the tab leaves the
  // driver's reach) and it needs the network. Its address is recognised before injection: see
  // tests/unit/platform/restricted-pages.test.ts.

  test('PDFs in the browser viewer, with and without .pdf in the address', async ({ extension, server }) => {
    expect(await messageFor(extension, `${server.origin}/pdf/report.pdf`)).toBe('PDFs cannot be read here');
    expect(await messageFor(extension, `${server.origin}/pdf/report.pdfdata`)).toBe('PDFs cannot be read here');
  });

  // An extension loaded with --load-extension has file access, so "no access to file URLs" cannot be staged
  // here; its error mapping is unit-tested. With access, a saved page is read like any other.
  test('a local file is read when file access is allowed', async ({ extension }) => {
    const file = join(tmpdir(), 'clean-reader-local-article.html');
    writeFileSync(file, '<title>Local</title><body><p>Just one line.</p></body>');
    expect(await messageFor(extension, `file://${file}`)).toBe('This page doesn’t look like an article');
  });
});
