import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { loadLocale, localeNames } from './src/locales/messages.ts';

/**
 * Adjusts crxjs's manifest after the build:
 * - drops the web_accessible_resources it adds for injected scripts (executeScript does not need them, and
 *   they would let any site detect the extension);
 * - adds `background.scripts`, the Firefox fallback crxjs drops, next to the Chromium service worker.
 */
function finishManifest(): Plugin {
  return {
    name: 'clean-reader:finish-manifest',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const file = resolve(options.dir ?? 'dist', 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8'));
      delete built.web_accessible_resources;
      if (built.background?.service_worker) built.background.scripts = [built.background.service_worker];
      writeFileSync(file, JSON.stringify(built, null, 2) + '\n');
    },
  };
}

/** Merges src/locales/<lang>/*.json into the `_locales/<lang>/messages.json` the browser reads. */
function emitLocales(): Plugin {
  return {
    name: 'clean-reader:locales',
    generateBundle() {
      for (const locale of localeNames()) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${locale}/messages.json`,
          source: JSON.stringify(loadLocale(locale), null, 2),
        });
      }
    },
  };
}

export default defineConfig({
  plugins: [crx({ manifest: manifest as ManifestV3Export }), emitLocales(), finishManifest()],
  build: {
    target: 'chrome121',
    emptyOutDir: true,
    // Readable stack traces from users' reports are worth more than a few kilobytes.
    sourcemap: false,
    reportCompressedSize: true,
    rollupOptions: {
      // Pages the manifest does not name: crxjs builds only those it does, so list the reader here.
      input: { reader: 'src/reader/index.html' },
    },
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
});
