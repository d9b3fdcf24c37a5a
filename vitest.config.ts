import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // The injected scripts' paths, as vite.config.ts names them to the extension pages in a build.
      name: 'clean-reader:injected-script-paths',
      resolveId: (source) => (/^virtual:[\w-]+-script$/.test(source) ? `\0${source}` : null),
      load: (id) => {
        const name = /^\0virtual:([\w-]+)-script$/.exec(id)?.[1];
        return name ? `export default ${JSON.stringify(`/src/content/${name}.js`)};` : null;
      },
    },
  ],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Two cores here: keep the pool small so e2e and unit runs do not starve each other.
    maxWorkers: 2,
    // Files share a worker's module cache (jsdom, Readability and the core load once per worker, not once per
    // file): on a busy machine loading them was most of the run. Tests keep no state across files; the UI
    // tests install their messages themselves.
    isolate: false,
    // A limit only catches a hang. On a 2-core machine shared with other heavy work, a test that parses one
    // page took 10 s and a CLI start 50 s; the limits leave several times that, so no outcome depends on speed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // CI also writes a JSON summary that .ci/run totals with the end-to-end run.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'artifacts/unit.json' },
  },
});
