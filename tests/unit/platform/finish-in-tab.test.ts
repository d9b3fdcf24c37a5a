import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedPage } from '../../../src/core';
import { PAGE_FINISHER_GLOBAL, type PageFinisher } from '../../../src/platform/messages';
import { sampleArticle } from '../../harness/article';

// The tab, replaced: `func` runs here as in the page's isolated world, and injecting the finisher's file installs
// a finisher on this global, as the built script does.
const tab = vi.hoisted(() => ({
  injections: [] as string[][],
  refuse: null as Error | null,
  injectionError: null as string | null,
  finisher: null as unknown,
}));
vi.mock('virtual:page-extractor-script', () => ({ default: '/src/content/page-extractor.js' }));
vi.mock('virtual:page-finisher-script', () => ({ default: '/src/content/page-finisher.js' }));
vi.mock('../../../src/platform/browser', () => ({
  default: {
    scripting: {
      executeScript: async ({ func, args, files }: { func?: (...a: unknown[]) => unknown; args?: unknown[]; files?: string[] }) => {
        if (tab.refuse) throw tab.refuse;
        if (files) {
          tab.injections.push(files);
          if (tab.injectionError) return [{ error: tab.injectionError }];
          (globalThis as Record<string, unknown>)[PAGE_FINISHER_GLOBAL] = tab.finisher;
          return [{ result: undefined }];
        }
        return [{ result: func!(...(args ?? [])) }];
      },
    },
  },
}));

const { finishInTab } = await import('../../../src/platform/page-extraction');

const article = sampleArticle();
const page: ExtractedPage = (({ summary: _s, publisherSummary: _p, contentHtml, ...fields }) => ({
  ...fields,
  markup: contentHtml,
  publisherCandidate: null,
  blocks: [],
}))(article);

/** A finisher that answers `article` for the page it is given, and records what it was given. */
function fakeFinisher(): { given: ExtractedPage[] } {
  const given: ExtractedPage[] = [];
  const finisher: PageFinisher = { finish: (received) => (given.push(received), article) };
  tab.finisher = finisher;
  return { given };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[PAGE_FINISHER_GLOBAL];
  tab.injections.length = 0;
  tab.refuse = null;
  tab.injectionError = null;
});

describe('finishing in the page what it extracted (the popup)', () => {
  it('injects the finisher the first time only, and answers what it finished from the page it was given', async () => {
    const { given } = fakeFinisher();
    expect(await finishInTab(3, page)).toEqual(article);
    expect(await finishInTab(3, page)).toEqual(article);
    expect(tab.injections).toEqual([['/src/content/page-finisher.js']]);
    expect(given).toEqual([page, page]);
  });

  it('rejects when the tab refuses scripts, so the popup finishes the article itself', async () => {
    fakeFinisher();
    tab.refuse = new Error('Cannot access contents of the page.');
    await expect(finishInTab(3, page)).rejects.toThrow('Cannot access contents');
  });

  it('rejects when the finisher failed to load (Firefox reports it in the result)', async () => {
    fakeFinisher();
    tab.injectionError = 'SyntaxError';
    await expect(finishInTab(3, page)).rejects.toThrow('SyntaxError');
  });
});
