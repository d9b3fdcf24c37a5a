import { describe, expect, it } from 'vitest';
import { parseReactionRecord, parseStoredRecord, REACTION_SCHEMA_VERSION, RECORD_FORMAT, storageKey } from '../../../src/reactions/record';
import { recordFor, URL_A, v1RecordFor } from '../../harness/storage';

describe('reaction records', () => {
  it('are at schema version 2', () => {
    expect(REACTION_SCHEMA_VERSION).toBe(2);
  });

  it('accepts a valid v2 record and keeps only its known fields, in a fixed order', () => {
    const parsed = parseReactionRecord({ ...recordFor(URL_A, { leadImage: 'https://img.example/a.jpg' }), extra: 'dropped' });
    expect(parsed).toEqual({ record: recordFor(URL_A, { leadImage: 'https://img.example/a.jpg' }), upgradedFrom: null });
    if ('record' in parsed) {
      expect(Object.keys(parsed.record)).toEqual(['schemaVersion', 'key', 'url', 'title', 'site', 'leadImage', 'reaction', 'savedAt', 'updatedAt']);
    }
  });

  it('upgrades a v1 record in memory: same fields, no lead image', () => {
    const v1 = v1RecordFor(URL_A);
    expect(parseReactionRecord(v1)).toEqual({
      record: { schemaVersion: 2, key: URL_A, url: URL_A, title: `Old title of ${URL_A}`, site: 'Old Site', leadImage: null, reaction: 'sad', savedAt: 500, updatedAt: 700 },
      upgradedFrom: 1,
    });
    // The stored value itself is not changed by reading it.
    expect(v1.schemaVersion).toBe(1);
    expect('leadImage' in v1).toBe(false);
  });

  it('the v1 → v2 step adds a null lead image and the version, nothing else', () => {
    expect(RECORD_FORMAT.migrations![1]!({ schemaVersion: 1, a: 1 })).toEqual({ schemaVersion: 2, a: 1, leadImage: null });
  });

  it('refuses unknown versions: newer, older without a migration, missing, or not a number', () => {
    for (const schemaVersion of [3, 99, 0, -1, 1.5, '2', undefined, null]) {
      expect(parseReactionRecord({ ...recordFor(URL_A), schemaVersion }), String(schemaVersion)).toMatchObject({ problem: 'unknown-version' });
    }
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 'like', 42, true, [recordFor(URL_A)]]) {
      expect(parseReactionRecord(value)).toEqual({ problem: 'not-an-object' });
    }
  });

  it('names the first malformed field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ key: 42 }, 'key'],
      [{ key: 'javascript:alert(1)' }, 'key'],
      [{ url: 'not a url' }, 'url'],
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ title: null }, 'title'],
      [{ title: 'x'.repeat(2001) }, 'title'],
      [{ site: 3 }, 'site'],
      [{ leadImage: 'data:image/png;base64,AAAA' }, 'leadImage'],
      [{ leadImage: { src: 'https://img.example/a.jpg' } }, 'leadImage'],
      [{ reaction: 'meh' }, 'reaction'],
      [{ savedAt: -1 }, 'savedAt'],
      [{ updatedAt: Number.NaN }, 'updatedAt'],
      [{ updatedAt: '2025-01-01' }, 'updatedAt'],
    ];
    for (const [override, field] of cases) {
      expect(parseReactionRecord({ ...recordFor(URL_A), ...override }), JSON.stringify(override)).toEqual({ problem: 'malformed', field });
    }
  });

  it('checks a v1 record after upgrading it, like any other', () => {
    expect(parseReactionRecord(v1RecordFor(URL_A, { reaction: 'meh' }))).toEqual({ problem: 'malformed', field: 'reaction' });
  });

  it('accepts null sites; refuses local files, impossible times and an address on another site than its key', () => {
    expect(parseReactionRecord(recordFor(URL_A, { site: null }))).toHaveProperty('record');
    expect(parseReactionRecord(recordFor('file:///home/me/article.html'))).toEqual({ problem: 'malformed', field: 'key' });
    expect(parseReactionRecord(recordFor(URL_A, { savedAt: 9e15 }))).toEqual({ problem: 'malformed', field: 'savedAt' });
    expect(parseReactionRecord(recordFor(URL_A, { updatedAt: Date.now() + 2 * 366 * 86_400_000 }))).toEqual({ problem: 'malformed', field: 'updatedAt' });
    expect(parseReactionRecord(recordFor('https://bank.example/account', { url: 'http://evil.example/phish' }))).toEqual({ problem: 'malformed', field: 'url' });
    expect(parseReactionRecord(recordFor('https://www.news.example/a', { url: 'https://news.example/a?utm_source=x' }))).toHaveProperty('record');
  });

  it('a record filed under another article’s key is malformed', () => {
    expect(parseStoredRecord(storageKey(URL_A), recordFor(URL_A))).toHaveProperty('record');
    expect(parseStoredRecord(storageKey('https://other.example/'), recordFor(URL_A))).toEqual({ problem: 'malformed', field: 'key' });
  });
});
