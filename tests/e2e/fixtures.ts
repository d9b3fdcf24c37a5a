import { test as base, expect } from '@playwright/test';
import { launchChromiumSession, type ChromiumSession } from '../harness/chromium-session';
import type { ExtensionBrowser } from '../harness/extension-browser';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';

/**
 * One Chromium with the built extension and one fixture server per test file (worker). `session` is what
 * the shared flows drive; `extension` is the Playwright side of the same browser, for Chromium-only tests.
 */
export const test = base.extend<object, { server: FixtureServer; session: ChromiumSession; extension: ExtensionBrowser }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  session: [
    async ({ server }, use) => {
      const session = await launchChromiumSession(server);
      await use(session);
      await session.close();
    },
    { scope: 'worker' },
  ],
  extension: [async ({ session }, use) => use(session.extension), { scope: 'worker' }],
});

export { expect };
