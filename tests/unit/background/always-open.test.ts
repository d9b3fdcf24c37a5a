import { describe, expect, it } from 'vitest';
import { openIfChosen, type AlwaysOpenDeps } from '../../../src/background/always-open';
import type { PageResult } from '../../../src/platform/messages';
import { alwaysOpenSites, siteOfUrl, withSite } from '../../../src/storage/always-open-sites';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { sampleArticle } from '../../harness/article';

const ARTICLE: PageResult = { kind: 'article', article: sampleArticle(), canonicalUrl: 'https://news.example/a', extractionMs: 1 } as PageResult;
const NOT_ARTICLE: PageResult = { kind: 'problem', problem: { kind: 'not-article', title: 'Front page', reason: 'not-readerable' } };

async function setup(sites: string[], granted: string[], result: PageResult = ARTICLE) {
  const sync = new MemoryStorageArea();
  const settings = alwaysOpenSites(sync);
  await settings.set({ sites });
  const opened: number[] = [];
  const extracted: string[] = [];
  const deps: AlwaysOpenDeps = {
    sites: settings,
    hasPermission: async (host) => granted.includes(host),
    extract: async (tab) => (extracted.push(tab.url ?? ''), result),
    open: async (tabId) => void opened.push(tabId),
    memory: new MemoryStorageArea(),
  };
  return { deps, opened, extracted };
}

describe('always open here', () => {
  it('opens an article page of a chosen site, once per visit: Back or a reload shows the page', async () => {
    const { deps, opened } = await setup(['news.example'], ['news.example']);
    const tab = { id: 3, url: 'https://news.example/a' };
    expect(await openIfChosen(tab, deps)).toBe('opened');
    expect(await openIfChosen({ ...tab, url: 'https://news.example/a#comments' }, deps)).toBe('seen');
    expect(await openIfChosen({ ...tab, url: 'https://news.example/b' }, deps)).toBe('opened');
    expect(await openIfChosen({ id: 4, url: 'https://news.example/a' }, deps)).toBe('opened');
    expect(opened).toEqual([3, 3, 4]);
  });

  it('leaves other sites, sites without their permission and pages that are not articles alone', async () => {
    const { deps, opened, extracted } = await setup(['news.example', 'other.example'], ['news.example']);
    expect(await openIfChosen({ id: 1, url: 'https://elsewhere.example/a' }, deps)).toBe('not-chosen');
    expect(await openIfChosen({ id: 1, url: 'https://sub.news.example/a' }, deps)).toBe('not-chosen');
    expect(await openIfChosen({ id: 1, url: 'https://other.example/a' }, deps)).toBe('no-permission');
    expect(await openIfChosen({ id: 1, url: 'file:///home/a.html' }, deps)).toBe('not-chosen');
    expect(extracted).toEqual([]);
    const front = await setup(['news.example'], ['news.example'], NOT_ARTICLE);
    expect(await openIfChosen({ id: 1, url: 'https://news.example/' }, front.deps)).toBe('not-article');
    expect(front.opened).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('keeps a clean list of sites: host names only, each once', async () => {
    expect(siteOfUrl('https://News.Example:8443/a?b#c')).toBe('news.example');
    expect(siteOfUrl('javascript:alert(1)')).toBeNull();
    expect(withSite(withSite({ sites: ['a.example'] }, 'b.example', true), 'a.example', true).sites).toEqual(['b.example', 'a.example']);
    const sync = new MemoryStorageArea();
    await sync.set({ 'settings:alwaysOpen': { schemaVersion: 1, sites: ['a.example', 'a.example', '*.evil', 'b.example'] } });
    // One bad entry makes the stored list unreadable as a whole: it reads as empty rather than half-trusted.
    expect((await alwaysOpenSites(sync).get()).value.sites).toEqual([]);
    await sync.set({ 'settings:alwaysOpen': { schemaVersion: 1, sites: ['a.example', 'a.example', 'b.example'] } });
    expect((await alwaysOpenSites(sync).get()).value.sites).toEqual(['a.example', 'b.example']);
  });
});
