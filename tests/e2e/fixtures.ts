import { test as base, expect } from '@playwright/test';
import { launchExtensionBrowser, type ExtensionBrowser } from '../harness/extension-browser';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';

/** One Chromium with the built extension and one fixture server per test file (worker). */
export const test = base.extend<object, { extension: ExtensionBrowser; server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({}, use) => {
      const browser = await launchExtensionBrowser();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };
