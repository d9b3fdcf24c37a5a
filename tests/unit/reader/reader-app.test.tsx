// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core';
import { sourceMessages } from '../../../src/locales/messages';
import { storageKey } from '../../../src/reactions/record';
import { ReactionStore } from '../../../src/reactions/store';
import { ReaderApp } from '../../../src/reader/reader-app';
import type { ReaderServices } from '../../../src/reader/services';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { READER_SETTINGS, readerSettings } from '../../../src/storage/reader-settings';
import type { HandoffLookup, HandoffPayload } from '../../../src/storage/session-handoff';
import { installMessages } from '../../../src/ui/i18n';
import { sampleArticle } from '../../harness/article';
import { createRoot, interact, settle, show, unmount } from '../../harness/preact';
import { createFakeUtterance, FakeSynthesis } from '../../harness/speech';
import { alwaysOpenSites } from '../../../src/storage/always-open-sites';
import { fakeSitePermissions, freshKeptStore } from '../../harness/library';

const ID = '00000000-0000-4000-8000-000000000001';
const CANONICAL = 'https://news.example/a';
const article = sampleArticle({ contentHtml: '<p>The harbour opened at dawn. Boats left at noon.</p>', textContent: 'The harbour opened at dawn. Boats left at noon.' });

let root: HTMLElement;
let local: MemoryStorageArea;
let sync: MemoryStorageArea;

interface Fake extends ReaderServices {
  backs: (string | null)[];
  copied: string[];
  synth: FakeSynthesis | null;
}

function services(lookup: HandoffLookup, options: { handoffId?: string | null; speech?: boolean } = {}): Fake {
  const synth = options.speech === false ? null : new FakeSynthesis();
  const fake: Fake = {
    backs: [],
    copied: [],
    synth,
    handoffId: options.handoffId === undefined ? ID : options.handoffId,
    handoff: { get: async () => lookup },
    tabId: async () => 1,
    keptKey: null,
    kept: freshKeptStore(),
    alwaysOpen: alwaysOpenSites(sync),
    sitePermissions: fakeSitePermissions(),
    settings: readerSettings(sync),
    reactions: new ReactionStore(local),
    speech: synth,
    createUtterance: createFakeUtterance,
    copyText: async (text) => void fake.copied.push(text),
    goBack: (fallbackUrl) => fake.backs.push(fallbackUrl),
  };
  return fake;
}

const found = (payload: HandoffPayload): HandoffLookup => ({ status: 'found', entry: { id: ID, tabId: 1, createdAt: 1, payload } });
const articleLookup = (a: Article = article) => found({ kind: 'article', article: a, canonicalUrl: CANONICAL });

/** Waits (a few frames of the event loop at a time) for what a dynamic import and a promise chain bring. */
async function eventually(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i += 1) await interact(() => new Promise((r) => setTimeout(r, 10)));
  expect(done()).toBe(true);
}

async function open(fake: ReaderServices) {
  await show(<ReaderApp services={fake} />, root);
  await settle();
}

const press = (key: string) => interact(() => dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
const click = (selector: string) => interact(() => root.querySelector<HTMLElement>(selector)!.click());

const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
const html = document.documentElement;

beforeAll(() => {
  installMessages(sourceMessages('en'));
  // jsdom lays nothing out and has no media queries or scrolling: enough of them for read aloud to run.
  window.matchMedia = ((query: string) => ({ matches: false, media: query })) as unknown as typeof window.matchMedia;
  window.scrollBy = () => undefined;
  Range.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
});

beforeEach(() => {
  local = new MemoryStorageArea();
  sync = new MemoryStorageArea();
  root = createRoot();
});

afterEach(async () => {
  await unmount(root);
  root.remove();
});

describe('the reader page (on fake services)', () => {
  it('shows the handed-over article with the stored settings applied', async () => {
    await sync.set({ [READER_SETTINGS.key]: { schemaVersion: 1, theme: 'sepia', fontSize: 24 } });
    await open(services(articleLookup()));
    expect(text('.article-title')).toBe('Harbour reopens after storm');
    expect(text('.site')).toBe('News Example');
    expect(text('.article-meta time')).toBe('January 30, 2025');
    expect(text('.article-body')).toContain('The harbour opened at dawn.');
    expect([html.dataset.theme, html.style.getPropertyValue('--reader-font-size')]).toEqual(['sepia', '24px']);
    expect(html.dataset.readerState).toBe('article');
    expect(document.title).toBe('Harbour reopens after storm');
  });

  it('changes text size and theme from the keyboard and keeps them in storage', async () => {
    await open(services(articleLookup()));
    await press('+');
    await press('t');
    expect(html.style.getPropertyValue('--reader-font-size')).toBe('22px');
    expect(html.dataset.theme).toBe('light');
    expect((await readerSettings(sync).get()).value).toMatchObject({ fontSize: 22, theme: 'light' });
  });

  it('follows a settings change another tab makes', async () => {
    await open(services(articleLookup()));
    const stored = (await readerSettings(sync).get()).value;
    await interact(() => readerSettings(sync).set({ ...stored, theme: 'dark' }));
    expect(html.dataset.theme).toBe('dark');
  });

  it('Esc closes the open settings first, then goes back to the page', async () => {
    const fake = services(articleLookup());
    await open(fake);
    await click('.settings summary');
    expect(root.querySelector<HTMLDetailsElement>('.settings')!.open).toBe(true);
    await press('Escape');
    expect(root.querySelector<HTMLDetailsElement>('.settings')!.open).toBe(false);
    expect(fake.backs).toEqual([]);
    await press('Escape');
    expect(fake.backs).toEqual([article.url]);
  });

  it('Save copies the article as the CLI’s Markdown, front matter first, and says so; a clipboard that refuses is said plainly', async () => {
    const fake = services(articleLookup());
    await open(fake);
    await click('.take-away summary');
    await click('.copy-markdown');
    await eventually(() => text('.take-away .menu-status') === 'Copied as Markdown.');
    expect(fake.copied).toHaveLength(1);
    expect(fake.copied[0]).toMatch(/^---\ntitle: "Harbour reopens after storm"\n/);
    expect(fake.copied[0]).toContain('The harbour opened at dawn.');

    fake.copyText = () => Promise.reject(new Error('denied'));
    await click('.copy-markdown');
    await eventually(() => (text('.take-away .menu-status') ?? '').startsWith('Could not copy'));
  });

  it('a click outside an open panel closes it', async () => {
    await open(services(articleLookup()));
    await click('.take-away summary');
    expect(root.querySelector<HTMLDetailsElement>('.take-away')!.open).toBe(true);
    await interact(() => root.querySelector('.article-body')!.dispatchEvent(new Event('pointerdown', { bubbles: true })));
    expect(root.querySelector<HTMLDetailsElement>('.take-away')!.open).toBe(false);
  });

  it('saves a reaction for the article and shows one chosen in another view', async () => {
    await open(services(articleLookup()));
    await click('[data-reaction="love"]');
    expect((await local.get(storageKey(CANONICAL)))[storageKey(CANONICAL)]).toMatchObject({ reaction: 'love', title: article.title, leadImage: article.leadImage!.src });
    expect(text('.reaction-status')).toBe('Saved on this device.');
    await interact(() => new ReactionStore(local).set({ canonicalUrl: CANONICAL, url: article.url, title: article.title, site: null }, 'wow'));
    expect(root.querySelector('[aria-checked="true"]')?.getAttribute('data-reaction')).toBe('wow');
  });

  it('reads aloud from the title on, marking the sentence being read, and pauses', async () => {
    const fake = services(articleLookup());
    await open(fake);
    await click('.read-aloud .play');
    expect(fake.synth!.texts).toEqual(['Harbour reopens after storm']);
    expect(root.querySelector('.read-aloud')?.getAttribute('data-status')).toBe('playing');
    expect(root.querySelector('.article-title')?.classList.contains('speaking')).toBe(true);
    await interact(() => fake.synth!.finish());
    expect(fake.synth!.texts.at(-1)).toBe('The harbour opened at dawn.');
    expect(root.querySelector('.article-title')?.classList.contains('speaking')).toBe(false);
    expect(root.querySelector('.article-body p')?.classList.contains('speaking')).toBe(true);
    await click('.read-aloud .play');
    expect(root.querySelector('.read-aloud')?.getAttribute('data-status')).toBe('paused');
  });

  it('says plainly that reading aloud is not possible without a speech engine', async () => {
    await open(services(articleLookup(), { speech: false }));
    expect(root.querySelector<HTMLButtonElement>('.read-aloud .play')!.disabled).toBe(true);
    expect(text('.read-aloud-status')).toBe('Read aloud is unavailable: this browser has no voice to read with.');
  });
});

describe('the reader page without an article', () => {
  it('explains a page that is not an article, says where "Try anyway" is, and links back', async () => {
    const fake = services(found({ kind: 'problem', problem: { kind: 'not-article', title: 'Acme Shop', reason: 'not-readerable' }, url: 'https://shop.example/' }));
    await open(fake);
    expect(text('.problem-title')).toBe('This page doesn’t look like an article');
    expect(text('.problem-card')).toContain('“Acme Shop”');
    expect(text('.problem-card')).toContain('Try anyway');
    expect(root.querySelector('.problem-url')?.getAttribute('href')).toBe('https://shop.example/');
    await click('.problem-actions button');
    expect(fake.backs).toEqual(['https://shop.example/']);
  });

  it('words a page problem as the popup does, the element count as a number', async () => {
    await open(services(found({ kind: 'problem', problem: { kind: 'too-large', elementCount: 160_000 }, url: null })));
    expect(text('.problem-title')).toBe('This page is too large');
    expect(text('.problem-card')).toContain('160,000');
    expect(root.querySelector('[data-problem]')?.getAttribute('data-problem')).toBe('too-large');
  });

  it.each([
    ['no id in its address', { status: 'missing' } as HandoffLookup, null, 'This reading view has expired'],
    ['an entry that is gone', { status: 'missing' } as HandoffLookup, ID, 'This reading view has expired'],
    ['a damaged entry', { status: 'unreadable' } as HandoffLookup, ID, 'This article could not be shown'],
  ])('says so for %s, never a blank page', async (_case, lookup, handoffId, title) => {
    await open(services(lookup, { handoffId }));
    expect(text('.problem-title')).toBe(title);
    expect(html.dataset.readerState).not.toBe('article');
  });
});
