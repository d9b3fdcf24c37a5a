import { beforeAll, describe, expect, it } from 'vitest';
import { importFileErrorText, importReport, issueText, MAX_REPORTED_SKIPS, skippedEntryText } from '../../../src/history/import-report';
import { sourceMessages } from '../../../src/locales/messages';
import type { ImportResult } from '../../../src/reactions/library';
import { installMessages } from '../../../src/ui/i18n';

beforeAll(() => installMessages(sourceMessages('en')));

const result = (skipped: ImportResult['skipped'], added = 0, updated = 0): ImportResult => ({
  added: [], updated: [], skipped, addedCount: added, updatedCount: updated, skippedCount: skipped.length,
});

describe('import report', () => {
  it('says "N added, M updated, K skipped" and why each was skipped', () => {
    const report = importReport(result([
      { entry: 2, reason: 'not-newer', title: 'Markets rally' },
      { entry: 3, reason: 'malformed', field: 'reaction' },
      { entry: 4, reason: 'unknown-version', title: 'From the future' },
      { entry: 5, reason: 'duplicate', title: 'Twice' },
      { entry: 6, reason: 'unchanged', title: 'Same' },
      { entry: 7, reason: 'stored-unreadable', title: 'Broken here' },
      { entry: 8, reason: 'not-an-object' },
    ], 3, 1));
    expect(report.text).toBe('Import finished: 3 added, 1 updated, 7 skipped.');
    expect(report.details).toEqual([
      'Entry 2 (“\u2068Markets rally\u2069”): the saved reaction is as recent or more recent',
      'Entry 3: invalid field “reaction”',
      'Entry 4 (“\u2068From the future\u2069”): unknown format version (perhaps saved by a newer Clean Reader)',
      'Entry 5 (“\u2068Twice\u2069”): the file has a more recent entry for the same article',
      'Entry 6 (“\u2068Same\u2069”): already saved, unchanged',
      'Entry 7 (“\u2068Broken here\u2069”): the saved reaction to this article cannot be read, so it was left as it is',
      'Entry 8: not a reaction record',
    ]);
  });

  it('lists at most 50 skipped entries and counts the rest', () => {
    const skipped = Array.from({ length: 60 }, (_, i) => ({ entry: i + 1, reason: 'unchanged' as const }));
    const report = importReport(result(skipped));
    expect(report.details).toHaveLength(MAX_REPORTED_SKIPS + 1);
    expect(report.details.at(-1)).toBe('…and 10 more.');
  });

  it('explains every refused file', () => {
    expect(importFileErrorText('invalid-json')).toBe('the file is not valid JSON.');
    expect(importFileErrorText('wrong-shape')).toBe('the file is not a Clean Reader reactions export.');
    expect(importFileErrorText('too-large')).toBe('the file is larger than 20 MB.');
    expect(importFileErrorText('newer-version')).toMatch(/newer version/);
    expect(importFileErrorText('too-many-entries')).toMatch(/more than 100,000 entries/);
  });

  it('describes unreadable stored records', () => {
    expect(issueText({ key: 'reaction:https://x.example/', canonicalUrl: 'https://x.example/', problem: 'malformed', field: 'title' }))
      .toBe('\u2068https://x.example/\u2069: invalid field “title”');
    expect(skippedEntryText({ entry: 1, reason: 'malformed' })).toBe('Entry 1: invalid field “?”');
  });
});
