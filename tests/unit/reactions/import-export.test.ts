import { describe, expect, it } from 'vitest';
import {
  checkImportSize,
  EXPORT_FORMAT,
  exportJson,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ENTRIES,
  planMerge,
  readImportFile,
  type CurrentState,
  type ImportEntry,
} from '../../../src/reactions/import-export';
import type { ReactionRecord } from '../../../src/reactions/record';
import { recordFor, URL_A, URL_B, v1RecordFor } from '../../harness/storage';

const URL_C = 'https://news.example/c';
const fileWith = (reactions: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 2, reactions, ...extra });
const current = (...records: ReactionRecord[]) => new Map<string, CurrentState>(records.map((record) => [record.key, { record }]));
const entries = (...records: ReactionRecord[]): ImportEntry[] => records.map((record, i) => ({ entry: i + 1, record }));

describe('JSON export', () => {
  it('carries the format, schema version, time and count, records oldest first', () => {
    const records = [recordFor(URL_B, { savedAt: 2_000, updatedAt: 2_000 }), recordFor(URL_A, { savedAt: 1_000 })];
    const file = JSON.parse(exportJson(records, Date.UTC(2025, 0, 30, 12)));
    expect(file).toEqual({
      format: 'clean-reader-reactions',
      schemaVersion: 2,
      exportedAt: '2025-01-30T12:00:00.000Z',
      count: 2,
      reactions: [records[1], records[0]],
    });
  });

  it('reads back what it wrote, unchanged', () => {
    const records = [recordFor(URL_A, { leadImage: 'https://img.example/a.jpg', site: null }), recordFor(URL_B, { savedAt: 2, updatedAt: 3 })];
    const read = readImportFile(exportJson(records, 0));
    // Oldest first: B was saved before A.
    expect(read).toEqual({ ok: true, entries: [{ entry: 1, record: records[1] }, { entry: 2, record: records[0] }], invalid: [] });
  });
});

describe('reading an import file', () => {
  it('refuses invalid JSON', () => {
    expect(readImportFile('{"format": "clean-reader-reactions", ')).toEqual({ ok: false, error: 'invalid-json' });
    expect(readImportFile('')).toEqual({ ok: false, error: 'invalid-json' });
  });

  it('refuses the wrong shape', () => {
    for (const text of ['[]', '42', 'null', '"text"', '{}', JSON.stringify({ format: 'other', schemaVersion: 2, reactions: [] }),
      JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 2, reactions: {} }), JSON.stringify({ format: EXPORT_FORMAT, reactions: [] }),
      JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: '2', reactions: [] })]) {
      expect(readImportFile(text), text).toEqual({ ok: false, error: 'wrong-shape' });
    }
  });

  it('refuses a file from a newer schema', () => {
    expect(readImportFile(fileWith([], { schemaVersion: 3 }))).toEqual({ ok: false, error: 'newer-version' });
  });

  it('refuses huge files before and after reading them', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toBe('too-large');
    expect(readImportFile(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, error: 'too-large' });
    const many = `{"format":"${EXPORT_FORMAT}","schemaVersion":2,"reactions":[${'0,'.repeat(MAX_IMPORT_ENTRIES)}0]}`;
    expect(readImportFile(many)).toEqual({ ok: false, error: 'too-many-entries' });
  });

  it('accepts a byte-order mark and v1 files, upgrading their entries', () => {
    const read = readImportFile('\uFEFF' + fileWith([v1RecordFor(URL_A)], { schemaVersion: 1 }));
    expect(read).toMatchObject({ ok: true, entries: [{ entry: 1, record: { schemaVersion: 2, key: URL_A, leadImage: null, reaction: 'sad' } }] });
  });

  it('checks every entry and says why each invalid one is skipped', () => {
    const read = readImportFile(fileWith([
      recordFor(URL_A),
      'not a record',
      { ...recordFor(URL_B), reaction: 'meh' },
      { ...recordFor(URL_C), schemaVersion: 7 },
      { ...recordFor(URL_C), url: 'javascript:alert(1)' },
      null,
    ]));
    expect(read).toEqual({
      ok: true,
      entries: [{ entry: 1, record: recordFor(URL_A) }],
      invalid: [
        { entry: 2, reason: 'not-an-object', field: undefined, title: undefined },
        { entry: 3, reason: 'malformed', field: 'reaction', title: `Title of ${URL_B}` },
        { entry: 4, reason: 'unknown-version', field: undefined, title: `Title of ${URL_C}` },
        { entry: 5, reason: 'malformed', field: 'url', title: `Title of ${URL_C}` },
        { entry: 6, reason: 'not-an-object', field: undefined, title: undefined },
      ],
    });
  });
});

describe('merging an import (newer last-changed time wins)', () => {
  it('adds articles that have no reaction yet', () => {
    const plan = planMerge(current(), entries(recordFor(URL_A)));
    expect(plan).toEqual({ added: [recordFor(URL_A)], updated: [], skipped: [] });
  });

  it('updates when the imported reaction changed later, keeping the earlier first-saved time', () => {
    const saved = recordFor(URL_A, { reaction: 'like', savedAt: 100, updatedAt: 200 });
    const incoming = recordFor(URL_A, { reaction: 'sad', savedAt: 150, updatedAt: 201 });
    expect(planMerge(current(saved), entries(incoming)).updated).toEqual([{ ...incoming, savedAt: 100 }]);
    const earlier = recordFor(URL_A, { reaction: 'sad', savedAt: 10, updatedAt: 201 });
    expect(planMerge(current(saved), entries(earlier)).updated).toEqual([earlier]);
  });

  it('keeps the saved reaction when it changed later', () => {
    const saved = recordFor(URL_A, { reaction: 'like', updatedAt: 500 });
    expect(planMerge(current(saved), entries(recordFor(URL_A, { reaction: 'sad', updatedAt: 499 })))).toEqual({
      added: [], updated: [], skipped: [{ entry: 1, reason: 'not-newer', title: `Title of ${URL_A}` }],
    });
  });

  it('on a tie keeps the saved one: "unchanged" when identical, else "not-newer"', () => {
    const saved = recordFor(URL_A, { reaction: 'like', updatedAt: 500 });
    expect(planMerge(current(saved), entries(saved)).skipped).toEqual([{ entry: 1, reason: 'unchanged', title: saved.title }]);
    expect(planMerge(current(saved), entries({ ...saved, reaction: 'wow' })).skipped).toEqual([{ entry: 1, reason: 'not-newer', title: saved.title }]);
  });

  it('takes the latest of several entries for one article and skips the others as duplicates', () => {
    const plan = planMerge(current(), entries(
      recordFor(URL_A, { reaction: 'like', updatedAt: 10 }),
      recordFor(URL_A, { reaction: 'wow', updatedAt: 30 }),
      recordFor(URL_A, { reaction: 'sad', updatedAt: 20 }),
      recordFor(URL_A, { reaction: 'angry', updatedAt: 30 }),
    ));
    expect(plan.added).toEqual([recordFor(URL_A, { reaction: 'wow', updatedAt: 30 })]);
    expect(plan.skipped.map((s) => [s.entry, s.reason])).toEqual([[1, 'duplicate'], [3, 'duplicate'], [4, 'duplicate']]);
  });

  it('never replaces an unreadable saved record', () => {
    const state = new Map<string, CurrentState>([[URL_A, { unreadable: true }]]);
    expect(planMerge(state, entries(recordFor(URL_A))).skipped).toEqual([{ entry: 1, reason: 'stored-unreadable', title: `Title of ${URL_A}` }]);
  });

  it('lists invalid entries among the skipped, in file order', () => {
    const plan = planMerge(current(), [{ entry: 2, record: recordFor(URL_A) }], [{ entry: 1, reason: 'malformed', field: 'title' }]);
    expect(plan.skipped).toEqual([{ entry: 1, reason: 'malformed', field: 'title' }]);
    expect(plan.added).toHaveLength(1);
  });
});
