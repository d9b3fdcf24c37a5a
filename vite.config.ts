import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
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
 * - drops any web_accessible_resources (executeScript does not need them, and they would let any site detect
 *   the extension);
 * - adds `background.scripts`, the Firefox fallback crxjs drops, next to the Chromium service worker;
 * - for the Firefox test build, host access to the local test server.
 */
function finishManifest(target: Target): Plugin {
  return {
    name: 'clean-reader:finish-manifest',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
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
 * The scripts injected into pages, and the virtual modules through which the extension pages learn their paths:
 * the extractor, the finisher the background injects beside it (it has no DOM to finish an article with), and the
 * preparation of code, formulas, embeds and callouts, injected beside the extractor only into pages that have them.
 */
const INJECTED_SCRIPTS = [
  { entry: 'src/content/page-extractor.ts', fileName: 'src/content/page-extractor.js', module: 'virtual:page-extractor-script' },
  { entry: 'src/content/page-finisher.ts', fileName: 'src/content/page-finisher.js', module: 'virtual:page-finisher-script' },
  { entry: 'src/content/special-markup.ts', fileName: 'src/content/special-markup.js', module: 'virtual:special-markup-script' },
];

/**
 * Builds each injected script on its own, as one classic script (`scripting.executeScript` runs no modules), and
 * names it to the pages through a virtual module, so no extension page imports a content script's source.
 */
function injectedScripts(target: string): Plugin {
  const byId = new Map(INJECTED_SCRIPTS.map((script) => [`\0${script.module}`, script]));
  return {
    name: 'clean-reader:injected-scripts',
    resolveId: (source) => (INJECTED_SCRIPTS.some((script) => script.module === source) ? `\0${source}` : null),
    load: (id) => {
      const script = byId.get(id);
      return script ? `export default ${JSON.stringify(`/${script.fileName}`)};` : null;
    },
    async generateBundle() {
      for (const script of INJECTED_SCRIPTS) {
        const result = await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            write: false,
            target,
            lib: { entry: script.entry, formats: ['iife'], name: 'cleanReaderInjected', fileName: () => script.fileName },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
        const chunk = outputs.flatMap((output) => output.output).find((item): item is Rollup.OutputChunk => item.type === 'chunk' && item.isEntry);
        if (!chunk) throw new Error(`no script built from ${script.entry}`);
        this.emitFile({ type: 'asset', fileName: script.fileName, source: chunk.code });
      }
    },
  };
}

/**
 * The popup's first script (src/popup/boot.ts) imports the card (main.tsx) dynamically, so that it can ask for
 * the extraction before Preact and the card are loaded. Left to itself, the browser would learn of the card's
 * modules only when that script runs and Vite's preload helper adds a link for each (a request each, inside the
 * first script's own evaluation). Named in the page instead, they are fetched while the page is parsed, beside
 * the first script: every module the card's chunk imports statically. (Its styles are left to the helper.)
 */
export function preloadDynamicImports(pages: string[]): Plugin {
  return {
    name: 'clean-reader:preload-dynamic-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, chunk, bundle }) {
        if (!chunk || !bundle || !pages.some((page) => path.endsWith(page))) return undefined;
        const scripts = new Set<string>();
        const visit = (fileName: string) => {
          const found = bundle[fileName];
          if (found?.type !== 'chunk' || scripts.has(fileName) || fileName === chunk.fileName) return;
          scripts.add(fileName);
          for (const imported of found.imports) visit(imported);
        };
        for (const dynamic of chunk.dynamicImports) visit(dynamic);
        // Not twice: Vite names the first script's own static imports already.
        const named = (file: string) => html.includes(`"/${file}"`);
        const tags: HtmlTagDescriptor[] = [
          ...[...scripts].filter((file) => !named(file)).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
        ];
        return tags;
      },
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
  const browserTarget = target === 'chromium' ? 'chrome121' : 'firefox140';
  return {
    plugins: [
      crx({ manifest: manifestFor(target), browser: target === 'chromium' ? 'chrome' : 'firefox' }),
      injectedScripts(browserTarget),
      emitLocales(),
      preloadDynamicImports(['src/popup/index.html']),
      finishManifest(target),
    ],
    build: {
      outDir: OUT_DIRS[target],
      target: browserTarget,
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
