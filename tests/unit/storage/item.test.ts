import { describe, expect, it } from 'vitest';
import { readItem, StoredItem, writeItem, type ItemFormat } from '../../../src/storage/item';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { field, isNonNegativeNumber, isString, parseFields, parseFieldsOrDefaults } from '../../../src/storage/validators';

interface Note {
  text: string;
  stars: number;
}

/** v1 had `body`; v2 renamed it `text`; v3 added `stars`. */
const strict: ItemFormat<Note> = {
  version: 3,
  migrations: {
    1: ({ body, ...rest }) => ({ ...rest, text: body, schemaVersion: 2 }),
    2: (v2) => ({ ...v2, stars: 0, schemaVersion: 3 }),
  },
  unknownVersions: 'refuse',
  parse: (object) => parseFields<Note>(object, { text: field(isString), stars: field(isNonNegativeNumber) }),
};

const DEFAULTS: Note = { text: '', stars: 1 };
const lenient: ItemFormat<Note> = {
  version: 3,
  unknownVersions: 'read-known-fields',
  parse: (object) => parseFieldsOrDefaults<Note>(object, { text: field(isString), stars: field(isNonNegativeNumber) }, DEFAULTS),
};

describe('readItem', () => {
  it('reads a current value, keeping only the fields the format knows', () => {
    expect(readItem(strict, { schemaVersion: 3, text: 'hi', stars: 2, extra: true })).toEqual({ ok: true, value: { text: 'hi', stars: 2 }, upgradedFrom: null, problem: null });
  });

  it('runs every migration step from an old version, then checks the result', () => {
    expect(readItem(strict, { schemaVersion: 1, body: 'old' })).toEqual({ ok: true, value: { text: 'old', stars: 0 }, upgradedFrom: 1, problem: null });
    expect(readItem(strict, { schemaVersion: 1, body: 7 })).toEqual({ ok: false, problem: 'malformed', field: 'text' });
  });

  it('refuses what is not an object, and versions no chain of steps leads from', () => {
    expect(readItem(strict, 'note')).toEqual({ ok: false, problem: 'not-an-object' });
    expect(readItem(strict, [{ schemaVersion: 3 }])).toEqual({ ok: false, problem: 'not-an-object' });
    for (const schemaVersion of [4, 0, 1.5, '3', undefined]) {
      expect(readItem(strict, { schemaVersion, text: 'x', stars: 1 }), String(schemaVersion)).toEqual({ ok: false, problem: 'unknown-version', version: schemaVersion });
    }
  });

  it('with read-known-fields, reads a newer version and replaces only the bad fields, saying so', () => {
    expect(readItem(lenient, { schemaVersion: 9, text: 'new', stars: 3 })).toMatchObject({ ok: true, value: { text: 'new', stars: 3 }, problem: 'unknown-version' });
    expect(readItem(lenient, { schemaVersion: 3, text: 'kept', stars: -1 })).toEqual({ ok: true, value: { text: 'kept', stars: 1 }, upgradedFrom: null, problem: 'malformed', field: 'stars' });
  });

  it('writes the fields beside the version', () => {
    expect(writeItem(strict, { text: 'hi', stars: 2 })).toEqual({ schemaVersion: 3, text: 'hi', stars: 2 });
  });
});

describe('StoredItem', () => {
  const spec = { key: 'note', format: strict, defaults: DEFAULTS };

  it('reads the defaults, not a shared object, when nothing or something unreadable is stored', async () => {
    const item = new StoredItem(new MemoryStorageArea(), spec);
    const first = await item.get();
    expect(first).toEqual({ value: DEFAULTS, problem: null });
    first.value.text = 'changed by a caller';
    expect((await item.get()).value).toEqual(DEFAULTS);
    const broken = new StoredItem(new MemoryStorageArea({ note: { schemaVersion: 3, text: 1 } }), spec);
    expect(await broken.get()).toEqual({ value: DEFAULTS, problem: 'malformed' });
  });

  it('upgrades what an older version stored as it reads it', async () => {
    const item = new StoredItem(new MemoryStorageArea({ note: { schemaVersion: 1, body: 'old' } }), spec);
    expect(await item.get()).toEqual({ value: { text: 'old', stars: 0 }, problem: null });
  });

  it('writes in the current version and tells watchers of another view’s change', async () => {
    const area = new MemoryStorageArea();
    const seen: Note[] = [];
    new StoredItem(area, spec).watch(({ value }) => seen.push(value));
    await new StoredItem(area, spec).set({ text: 'hi', stars: 5 });
    expect((await area.get('note')).note).toEqual({ schemaVersion: 3, text: 'hi', stars: 5 });
    expect(seen).toEqual([{ text: 'hi', stars: 5 }]);
  });
});
