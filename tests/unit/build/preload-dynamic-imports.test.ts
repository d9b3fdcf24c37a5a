import { describe, expect, it } from 'vitest';
import { preloadDynamicImports } from '../../../vite.config';

type Handler = (html: string, ctx: object) => { tag: string; attrs: Record<string, unknown> }[] | undefined;

const chunk = (fileName: string, imports: string[], dynamicImports: string[] = []) => ({ type: 'chunk', fileName, imports, dynamicImports });
const bundle = {
  'assets/boot.js': chunk('assets/boot.js', ['assets/helper.js', 'assets/browser.js'], ['assets/main.js']),
  'assets/main.js': chunk('assets/main.js', ['assets/preact.js', 'assets/browser.js']),
  'assets/preact.js': chunk('assets/preact.js', ['assets/hooks.js']),
  'assets/hooks.js': chunk('assets/hooks.js', []),
  'assets/browser.js': chunk('assets/browser.js', []),
  'assets/helper.js': chunk('assets/helper.js', []),
};
// What Vite itself writes: the first script and its own static imports.
const html = '<script type="module" src="/assets/boot.js"></script><link rel="modulepreload" href="/assets/helper.js"><link rel="modulepreload" href="/assets/browser.js">';

function transform(path: string) {
  const plugin = preloadDynamicImports(['src/popup/index.html']);
  const hook = plugin.transformIndexHtml as { handler: Handler };
  return hook.handler(html, { path, chunk: bundle['assets/boot.js'], bundle });
}

describe('the popup names the modules its first script imports dynamically', () => {
  it('preloads the dynamically imported chunk and everything it imports statically, once each', () => {
    expect(transform('/src/popup/index.html')?.map((tag) => [tag.tag, tag.attrs.rel, tag.attrs.href])).toEqual([
      ['link', 'modulepreload', '/assets/main.js'],
      ['link', 'modulepreload', '/assets/preact.js'],
      ['link', 'modulepreload', '/assets/hooks.js'],
    ]);
  });

  it('leaves other pages as Vite wrote them', () => {
    expect(transform('/src/reader/index.html')).toBeUndefined();
  });
});
