/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clearReactions, setReaderSettings } from './flows/extension-storage';
import { openReader } from './flows/reader';
import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history';
import { PopupPage } from './pages/popup';

// Chromium only: axe-core runs through Playwright.
const THEMES = ['light', 'dark', 'sepia', 'system'] as const;

/**
 * Serious and critical axe-core violations on `page` (WCAG 2.1 A and AA rules), as "rule: target" lines. Fails
 * if axe did not get to check colour contrast, so an empty list means a real scan.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(passes.map((rule) => rule.id)).toContain('color-contrast');
  const minor = violations.filter((violation) => violation.impact !== 'serious' && violation.impact !== 'critical');
  if (minor.length) console.log(`axe, minor/moderate on ${page.url()}: ${minor.map((violation) => violation.id).join(', ')}`);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

test('the popup card has no serious or critical accessibility violations', async ({ session, server }) => {
  const tab = await session.newTab(`${server.origin}/seed-article/?axe`);
  const popup = await PopupPage.openInTab(session, tab);
  await popup.toggleHidLine();
  expect(await seriousViolations(session.pageOf(popup.view))).toEqual([]);
  await popup.close();
  await tab.close();
});

test('the reader has no serious or critical accessibility violations in any theme', async ({ session, server }) => {
  const tab = await session.newTab(`${server.origin}/seed-article/?axe-reader`);
  const reader = await openReader(session, tab);
  const page = session.pageOf(tab);
  const found: Record<string, string[]> = {};
  // The page background under each OS scheme: a chosen theme holds whatever the OS says, "system" follows it.
  const background: Record<string, string> = {};
  for (const theme of THEMES) {
    await setReaderSettings(session, { schemaVersion: 1, theme });
    await reader.waitForTheme(theme);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      background[`${theme} (OS ${colorScheme})`] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (theme === 'system' || colorScheme === 'light') found[theme === 'system' ? `system (${colorScheme})` : theme] = await seriousViolations(page);
    }
  }
  expect(found).toEqual({ light: [], dark: [], sepia: [], 'system (light)': [], 'system (dark)': [] });
  const [light, dark, sepia] = ['rgb(251, 250, 247)', 'rgb(23, 24, 27)', 'rgb(244, 236, 216)'];
  expect(background).toEqual({
    'light (OS light)': light,
    'light (OS dark)': light,
    'dark (OS light)': dark,
    'dark (OS dark)': dark,
    'sepia (OS light)': sepia,
    'sepia (OS dark)': sepia,
    'system (OS light)': light,
    'system (OS dark)': dark,
  });
  await page.emulateMedia({ colorScheme: null });
  await setReaderSettings(session, null);
  await tab.close();
});

test('the library views (a kept article in the reader and the history, the always-open sites) have no serious or critical violations', async ({ session, server }) => {
  await clearReactions(session);
  const tab = await session.newTab(`${server.origin}/seed-article/?axe-library`);
  await openReader(session, tab);
  await tab.click('[data-action=keep] button');
  await tab.waitFor('.library-status:not(:empty)');
  expect(await seriousViolations(session.pageOf(tab))).toEqual([]);
  await session.inExtension(() => chrome.storage.sync.set({ 'settings:alwaysOpen': { schemaVersion: 1, sites: ['news.example', 'xn--ngbrx.example'] } }));
  const history = await HistoryPage.open(session);
  await history.tab.waitFor('.row[data-kept=yes]');
  await history.tab.waitFor('[data-panel=always-open] .site');
  expect(await seriousViolations(session.pageOf(history.tab))).toEqual([]);
  const [row] = await history.rows();
  await history.remove(row!.key);
  await session.inExtension(() => chrome.storage.sync.remove('settings:alwaysOpen'));
  await history.tab.close();
  await tab.close();
});

test('the reader’s new views (Save menu, table of contents as panel and menu, keys overlay, narrow toolbar) have no serious or critical violations', async ({ session, server }) => {
  const tab = await session.newTab(`${server.origin}/widget-hosts/v8-blog.html?axe-aids`);
  await tab.setViewport(1440, 900);
  const reader = await openReader(session, tab);
  const page = session.pageOf(tab);
  const found: Record<string, string[]> = {};
  found['table of contents panel'] = await seriousViolations(page);
  await reader.openSave();
  found['Save menu'] = await seriousViolations(page);
  await reader.press('Escape');
  await reader.press('?');
  await tab.waitFor('dialog.key-help[open]');
  found['keys overlay'] = await seriousViolations(page);
  await tab.press('Escape');
  await tab.setViewport(390, 800);
  await reader.rendered();
  await tab.click('.toolbar-menu.contents > summary');
  found['narrow toolbar, contents menu'] = await seriousViolations(page);
  expect(found).toEqual({ 'table of contents panel': [], 'Save menu': [], 'keys overlay': [], 'narrow toolbar, contents menu': [] });
  await tab.close();
});
