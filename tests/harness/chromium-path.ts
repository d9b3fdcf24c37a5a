import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where tests and the demo find a Chromium: $CHROMIUM_PATH, the system package, or a Playwright download. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    safePlaywrightPath(),
  ];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: `apt-get install chromium fonts-noto-color-emoji`; elsewhere ' +
        '`npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
