/**
 * Reading a tab injects the special-markup script (src/content/special-markup.ts) only into pages that need it:
 * beside the extractor when one query of the page hints at such markup, one round later when the extractor asks
 * for it, never on a plain page.
 */
import { JSDOM } from 'jsdom';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE_EXTRACTOR_GLOBAL, SPECIAL_MARKUP_GLOBAL, type PageAnswer, type PageExtractor } from '../../../src/platform/messages';

const EXTRACTOR = '/src/content/page-extractor.js';
const SPECIAL = '/src/content/special-markup.js';

// The tab, replaced: `func` runs here as in the page's isolated world; injecting a file installs what the built
// script installs: an extractor that, like the real one, answers that it needs the stage on pages that do.
const tab = vi.hoisted(() => ({ injections: [] as string[][], needsStage: false }));
vi.mock('../../../src/platform/browser', () => ({
  default: {
    scripting: {
      executeScript: async ({ func, args, files }: { func?: (...a: unknown[]) => unknown; args?: unknown[]; files?: string[] }) => {
        if (files) {
          tab.injections.push(files);
          for (const file of files) install(file);
          return [{ result: undefined }];
        }
        return [{ result: structuredClone(func!(...structuredClone(args ?? []))) }];
      },
    },
  },
}));

const scope = globalThis as Record<string, unknown>;
const answer: PageAnswer = { kind: 'problem', problem: { kind: 'not-article', title: 'Read me', reason: 'no-content' } };

function install(file: string): void {
  if (file === SPECIAL) scope[SPECIAL_MARKUP_GLOBAL] = () => [];
  if (file === EXTRACTOR) {
    const extractor: PageExtractor = { extract: () => (tab.needsStage && !scope[SPECIAL_MARKUP_GLOBAL] ? { kind: 'needs-special-markup' } : answer), head: () => null };
    scope[PAGE_EXTRACTOR_GLOBAL] = extractor;
  }
}

function showPage(body: string): void {
  vi.stubGlobal('document', new JSDOM(`<!doctype html><body>${body}</body>`).window.document);
}

// Test files share their worker's modules (isolate: false): the page-extraction module imported here, with this
// file's browser, must not be the one a later file imports with its own.
afterAll(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});
afterEach(() => {
  delete scope[PAGE_EXTRACTOR_GLOBAL];
  delete scope[SPECIAL_MARKUP_GLOBAL];
  tab.injections.length = 0;
  tab.needsStage = false;
});

vi.resetModules();
const { extractFromTab } = await import('../../../src/platform/page-extraction');
const read = () => extractFromTab({ id: 4, url: 'https://news.example/story' }, { force: false });

describe('the special-markup script goes only where the page needs it', () => {
  it('is not injected into a plain page', async () => {
    showPage('<p>The harbour reopened on Monday.</p>');
    expect(await read()).toEqual(answer);
    expect(tab.injections).toEqual([[EXTRACTOR]]);
  });

  it('goes in with the extractor when the page hints at code, formulas or players', async () => {
    showPage('<pre>x = 1</pre>');
    tab.needsStage = true;
    expect(await read()).toEqual(answer);
    expect(tab.injections).toEqual([[EXTRACTOR, SPECIAL]]);
  });

  it('goes in one round later where the hint missed and the extractor asks for it', async () => {
    showPage('<iframe data-src="https://player.vimeo.com/video/1"></iframe>');
    tab.needsStage = true;
    expect(await read()).toEqual(answer);
    expect(tab.injections).toEqual([[EXTRACTOR], [SPECIAL]]);
  });

  it('is not injected again once the page has it', async () => {
    showPage('<pre>x = 1</pre>');
    tab.needsStage = true;
    await read();
    await read();
    expect(tab.injections).toEqual([[EXTRACTOR, SPECIAL]]);
  });
});
