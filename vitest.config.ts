import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Two cores here: keep the pool small so e2e and unit runs do not starve each other.
    maxWorkers: 2,
  },
});
