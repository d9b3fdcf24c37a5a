import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { loadLocale, localeNames } from './src/locales/messages.ts';

/**
 * Adjusts crxjs's manifest after the build:
 * - drops the web_accessible_resources it adds for injected scripts (executeScript does not need them, and
 *   they would let any site detect the extension);
 * - adds `background.scripts`, the Firefox fallback crxjs drops, next to the Chromium service worker;
 * - deletes the ES-module copy crxjs also emits for each `?iife` script: only the IIFE is injected.
 */
function finishManifest(): Plugin {
  return {
    name: 'clean-reader:finish-manifest',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const code = Object.values(bundle).map((output) => (output.type === 'chunk' ? output.code : String(output.source)));
      for (const output of Object.values(bundle)) {
        const injectedCopy = output.type === 'chunk' && output.isEntry && output.facadeModuleId?.includes('/src/content/');
        if (injectedCopy && !code.some((text) => text.includes(output.fileName))) rmSync(resolve(dir, output.fileName));
      }
      const file = resolve(dir, 'manifest.json');
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
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
});
