/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openReaderFromPopup } from '../harness/reader';
import { expect, test } from './fixtures';

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

test('the popup card has no serious or critical accessibility violations', async ({ extension, server }) => {
  const page = await extension.context.newPage();
  await page.goto(`${server.origin}/seed-article/?axe`);
  await (await extension.clickAction(page)).close();
  const popup = await extension.openPopupInTab(await extension.tabIdOf(page));
  await popup.locator('.card').waitFor();
  await popup.locator('.removed-clutter summary').click();
  expect(await seriousViolations(popup)).toEqual([]);
  await popup.close();
  await page.close();
});

test('the reader has no serious or critical accessibility violations in any theme', async ({ extension, server }) => {
  const page = await extension.context.newPage();
  await page.goto(`${server.origin}/seed-article/?axe-reader`);
  await openReaderFromPopup(extension, page);
  const found: Record<string, string[]> = {};
  for (const theme of THEMES) {
    await page.evaluate((theme) => chrome.storage.sync.set({ readerSettings: { schemaVersion: 1, theme } }), theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const colorScheme of theme === 'system' ? (['light', 'dark'] as const) : (['light'] as const)) {
      await page.emulateMedia({ colorScheme });
      found[theme === 'system' ? `system (${colorScheme})` : theme] = await seriousViolations(page);
    }
  }
  expect(found).toEqual({ light: [], dark: [], sepia: [], 'system (light)': [], 'system (dark)': [] });
  await page.emulateMedia({ colorScheme: null });
  await page.evaluate(() => chrome.storage.sync.clear());
  await page.close();
});
