import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { loadLocale, localeNames } from './src/locales/messages.ts';

/** Build targets: `chromium` (dist/), `firefox` (dist-firefox/), `firefox-test` (adds 127.0.0.1 host access for the Firefox e2e test). */
type Target = 'chromium' | 'firefox' | 'firefox-test';
const OUT_DIRS: Record<Target, string> = { chromium: 'dist', firefox: 'dist-firefox', 'firefox-test': 'dist-firefox-test' };

/**
 * The source manifest as each browser wants it, its version taken from package.json (the one place it is
 * set): Firefox runs the worker as a background module script.
 */
function manifestFor(target: Target): ManifestV3Export {
  const versioned = { ...manifest, version: pkg.version };
  if (target === 'chromium') return versioned as ManifestV3Export;
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = versioned;
  return { ...rest, background: { scripts: [background.service_worker], type: 'module' } } as ManifestV3Export;
}

/**
 * Adjusts crxjs's manifest after the build:
 * - drops the web_accessible_resources it adds for injected scripts (executeScript does not need them, and
 *   they would let any site detect the extension);
 * - adds `background.scripts`, the Firefox fallback crxjs drops, next to the Chromium service worker;
 * - deletes the ES-module copy crxjs also emits for each `?iife` script: only the IIFE is injected;
 * - for the Firefox test build, host access to the local test server.
 */
function finishManifest(target: Target): Plugin {
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
      if (target === 'chromium') built.background.scripts = [built.background.service_worker];
      // Firefox grants activeTab only on a real toolbar click, which its test driver cannot make: the test
      // build (never shipped) may read the local test server instead.
      if (target === 'firefox-test') built.host_permissions = ['http://127.0.0.1/*'];
      writeFileSync(file, JSON.stringify(built, null, 2) + '\n');
    },
  };
}

/**
 * Makes chunk names independent of where the project sits on disk. crxjs marks each `?iife` import with
 * `import.meta.CRX_DYNAMIC_SCRIPT_<id>`, the id a hash of the script's absolute path, and puts the file
 * name in only after chunks are named, so their content hashes carried the path. The mark is swapped for
 * one made from the project-relative path while chunks are hashed, and swapped back before crxjs fills in
 * the file names.
 */
function pathIndependentScriptIds(): Plugin {
  const MARK = /import\.meta\.CRX_DYNAMIC_SCRIPT_(\w+)/g;
  const originals = new Map<string, string>();
  let root = process.cwd();
  return {
    name: 'clean-reader:path-independent-script-ids',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    renderChunk(code, chunk) {
      if (!code.includes('import.meta.CRX_DYNAMIC_SCRIPT_')) return null;
      const relativeOf = new Map<string, string>();
      for (const id of chunk.moduleIds) {
        const [file, query] = id.split('?scriptId=');
        if (query) relativeOf.set(query, relative(root, file!));
      }
      return code.replace(MARK, (mark, scriptId: string) => {
        const stable = `relative_${createHash('sha256').update(relativeOf.get(scriptId) ?? scriptId).digest('hex').slice(0, 16)}`;
        originals.set(stable, scriptId);
        return `import.meta.CRX_DYNAMIC_SCRIPT_${stable}`;
      });
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') output.code = output.code.replace(MARK, (mark, id: string) => `import.meta.CRX_DYNAMIC_SCRIPT_${originals.get(id) ?? id}`);
      }
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

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' || mode === 'firefox-test' ? mode : 'chromium';
  return {
    plugins: [
      crx({ manifest: manifestFor(target), browser: target === 'chromium' ? 'chrome' : 'firefox' }),
      emitLocales(),
      pathIndependentScriptIds(),
      finishManifest(target),
    ],
    build: {
      outDir: OUT_DIRS[target],
      target: target === 'chromium' ? 'chrome121' : 'firefox142',
      emptyOutDir: true,
      reportCompressedSize: true,
      rollupOptions: {
        // Pages the manifest does not name: crxjs builds only those it does, so list the reader here.
        input: { reader: 'src/reader/index.html' },
      },
    },
    oxc: {
      jsx: { runtime: 'automatic', importSource: 'preact' },
    },
  };
});
