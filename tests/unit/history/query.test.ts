import { describe, expect, it } from 'vitest';
import { applyQuery, countByReaction, DEFAULT_QUERY, foldText, siteOf } from '../../../src/history/query';
import type { ReactionRecord } from '../../../src/reactions/record';
import { recordFor } from '../../harness/storage';

const records: ReactionRecord[] = [
  recordFor('https://a.example/1', { title: 'Café prices soar in Zürich', site: 'Alpine Times', reaction: 'sad', savedAt: 300 }),
  recordFor('https://b.example/2', { title: 'Rocket lands on barge', site: 'Space Daily', reaction: 'wow', savedAt: 100 }),
  recordFor('https://c.example/3', { title: 'Markets rally', site: 'alpine Business', reaction: 'like', savedAt: 200 }),
  recordFor('https://www.d.example/4', { title: 'No site name here', site: null, reaction: 'like', savedAt: 400 }),
  recordFor('file:///home/me/notes.html', { title: 'Local notes', site: null, reaction: 'love', savedAt: 50 }),
];
const keys = (list: ReactionRecord[]) => list.map((r) => r.key.split('/').pop());

describe('history query', () => {
  it('folds case and accents', () => {
    expect(foldText('Café ZÜRICH')).toBe('cafe zurich');
  });

  it('sorts newest first by default, or oldest first', () => {
    expect(keys(applyQuery(records, DEFAULT_QUERY))).toEqual(['4', '1', '3', '2', 'notes.html']);
    expect(keys(applyQuery(records, { ...DEFAULT_QUERY, sort: 'oldest' }))).toEqual(['notes.html', '2', '3', '1', '4']);
  });

  it('sorts by site, case-insensitively, host names standing in for missing site names, local files last', () => {
    expect(keys(applyQuery(records, { ...DEFAULT_QUERY, sort: 'site' }))).toEqual(['3', '1', '4', '2', 'notes.html']);
    expect(siteOf(records[3]!)).toBe('d.example');
    expect(siteOf(records[4]!)).toBeNull();
  });

  it('filters by reaction', () => {
    expect(keys(applyQuery(records, { ...DEFAULT_QUERY, reaction: 'like' }))).toEqual(['4', '3']);
    expect(applyQuery(records, { ...DEFAULT_QUERY, reaction: 'angry' })).toEqual([]);
  });

  it('searches titles and sites: every word, any case, with or without accents', () => {
    expect(keys(applyQuery(records, { ...DEFAULT_QUERY, search: 'alpine' }))).toEqual(['1', '3']);
    expect(keys(applyQuery(records, { ...DEFAULT_QUERY, search: 'cafe zurich' }))).toEqual(['1']);
    expect(keys(applyQuery(records, { ...DEFAULT_QUERY, search: '  ROCKET   daily ' }))).toEqual(['2']);
    expect(keys(applyQuery(records, { ...DEFAULT_QUERY, search: 'd.example' }))).toEqual(['4']);
    expect(applyQuery(records, { ...DEFAULT_QUERY, search: 'rocket alpine' })).toEqual([]);
  });

  it('combines search and filter, and never changes the input', () => {
    const copy = [...records];
    expect(keys(applyQuery(records, { reaction: 'like', search: 'alpine', sort: 'newest' }))).toEqual(['3']);
    expect(records).toEqual(copy);
  });

  it('counts each reaction, zeros included', () => {
    expect(countByReaction(records)).toEqual({ like: 2, dislike: 0, love: 1, funny: 0, angry: 0, sad: 1, wow: 1 });
  });

  it('finds the one match among 5,000 records, searched and sorted by site', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => recordFor(`https://n.example/${i}`, { title: `Story number ${i}`, savedAt: i }));
    const found = applyQuery(many, { reaction: 'like', search: 'number 4999', sort: 'site' });
    expect(keys(found)).toEqual(['4999']);
  });
});
