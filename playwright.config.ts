import { defineConfig } from '@playwright/test';

// The extension under test is dist/ (npm run test:e2e builds it first). Each test file launches its own
// Chromium with the extension loaded; two cores here, so one worker.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  // CI also writes a JSON summary that .ci/run totals with the unit run.
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'artifacts/e2e.json' }]] : [['list']],
  outputDir: 'test-results',
});
