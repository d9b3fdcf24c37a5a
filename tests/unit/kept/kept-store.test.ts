import { describe, expect, it } from 'vitest';
import { StorageFullError } from '../../../src/storage/errors';
import { sampleArticle } from '../../harness/article';
import { freshKeptStore, lastKeptDatabase, localChannel } from '../../harness/library';

/** A store on its own fresh database, with a channel that records what it announced. */
function freshStore(now = () => 1_700_000_000_000) {
  const channel = localChannel();
  return { store: freshKeptStore(channel, now), notices: channel.notices };
}

const URL_A = 'https://news.example/a';
const URL_B = 'https://news.example/b';

describe('KeptArticleStore', () => {
  it('keeps an article and gives it back whole, listed without its body', async () => {
    const { store, notices } = freshStore();
    const article = sampleArticle({ contentHtml: '<p>Ferries run again from Monday.</p>', textContent: 'Ferries run again from Monday.' });
    const entry = await store.keep(URL_A, article);
    expect(entry).toMatchObject({ key: URL_A, url: article.url, title: article.title, site: 'News Example', leadImage: 'https://news.example/harbour.jpg' });
    expect(entry.bytes).toBeGreaterThan(0);
    const found = await store.get(URL_A);
    expect(found.status).toBe('found');
    if (found.status === 'found') expect(found.article).toEqual(article);
    expect((await store.list()).entries.map((kept) => kept.key)).toEqual([URL_A]);
    expect(await store.has(URL_A)).toBe(true);
    expect(await store.has(URL_B)).toBe(false);
    expect(notices).toEqual([{ keys: [URL_A] }]);
  });

  it('searches the folded text of the article, not only its title', async () => {
    const { store } = freshStore();
    await store.keep(URL_A, sampleArticle({ textContent: 'The ferry to München leaves at noon.' }));
    const texts = await store.searchTexts();
    expect(texts.get(URL_A)).toContain('munchen');
    expect(texts.get(URL_A)).toContain('harbour reopens');
  });

  it('removes an article from every store, and Undo puts it back unless it was kept again meanwhile', async () => {
    const { store } = freshStore();
    await store.keep(URL_A, sampleArticle());
    await store.keep(URL_B, sampleArticle({ title: 'Second' }));
    const removed = await store.remove([URL_A]);
    expect(removed.rows.map((row) => row.key)).toEqual([URL_A]);
    expect(await store.get(URL_A)).toEqual({ status: 'missing' });
    expect((await store.searchTexts()).has(URL_A)).toBe(false);
    expect(await store.restore(removed)).toBe(1);
    expect((await store.get(URL_A)).status).toBe('found');

    const all = await store.remove(null);
    expect(all.rows).toHaveLength(2);
    await store.keep(URL_B, sampleArticle({ title: 'Kept again' }));
    expect(await store.restore(all)).toBe(1);
    const b = await store.get(URL_B);
    expect(b.status === 'found' && b.article.title).toBe('Kept again');
  });

  it('reads back nothing it did not check: a damaged body is unreadable, a damaged entry is reported', async () => {
    const { store } = freshStore();
    await store.keep(URL_A, sampleArticle());
    // Another writer (an older or broken release) leaves malformed rows.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(lastKeptDatabase());
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entries', 'articles'], 'readwrite');
      tx.objectStore('articles').put({ schemaVersion: 1, key: URL_A, article: { title: 42 } }, URL_A);
      tx.objectStore('entries').put({ schemaVersion: 1, key: 'javascript:alert(1)' }, URL_B);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    expect(await store.get(URL_A)).toEqual({ status: 'unreadable' });
    const listed = await store.list();
    expect(listed.entries.map((entry) => entry.key)).toEqual([URL_A]);
    expect(listed.unreadable).toEqual([URL_B]);
  });

  it('refuses an article no record may hold, and writes nothing', async () => {
    const { store } = freshStore();
    await expect(store.keep('javascript:alert(1)', sampleArticle())).rejects.toThrow('cannot be kept');
    expect((await store.list()).entries).toEqual([]);
  });

  it('turns a full disk into StorageFullError and leaves every store as it was', async () => {
    const { store } = freshStore();
    await store.keep(URL_A, sampleArticle({ title: 'First' }));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'texts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(store.keep(URL_B, sampleArticle({ title: 'Second' }))).rejects.toBeInstanceOf(StorageFullError);
      await expect(store.keep(URL_A, sampleArticle({ title: 'First, changed' }))).rejects.toBeInstanceOf(StorageFullError);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await store.list()).entries.map((entry) => entry.title)).toEqual(['First']);
    expect(await store.get(URL_B)).toEqual({ status: 'missing' });
  });
});
