import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Two cores here: keep the pool small so e2e and unit runs do not starve each other.
    maxWorkers: 2,
    // CI also writes a JSON summary that .ci/run totals with the end-to-end run.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'artifacts/unit.json' },
  },
});
