/** Words for what an import did, for the page to show: counts first, then each skipped entry and why. */
import { MAX_IMPORT_BYTES, MAX_IMPORT_ENTRIES, type ImportFileError, type SkippedEntry, type SkipReason } from '../reactions/import-export';
import type { ImportResult, RecordIssue } from '../reactions/library';
import type { RecordField, RecordProblem } from '../reactions/record';
import { isolateText } from '../ui/bidi';
import { t } from '../ui/i18n';

/** Skipped entries listed one by one; the rest are counted. */
export const MAX_REPORTED_SKIPS = 50;

export function importFileErrorText(error: ImportFileError): string {
  switch (error) {
    case 'too-large':
      return t('historyImportTooLarge', Math.round(MAX_IMPORT_BYTES / (1024 * 1024)));
    case 'invalid-json':
      return t('historyImportInvalidJson');
    case 'wrong-shape':
      return t('historyImportWrongShape');
    case 'newer-version':
      return t('historyImportNewerVersion');
    case 'too-many-entries':
      return t('historyImportTooMany', MAX_IMPORT_ENTRIES.toLocaleString());
  }
}

export function problemText(problem: RecordProblem, field?: RecordField): string {
  switch (problem) {
    case 'not-an-object':
      return t('historyProblemNotAnObject');
    case 'unknown-version':
      return t('historyProblemUnknownVersion');
    case 'malformed':
      return t('historyProblemMalformed', field ?? '?');
  }
}

export function skipReasonText(reason: SkipReason, field?: RecordField): string {
  switch (reason) {
    case 'duplicate':
      return t('historySkipDuplicate');
    case 'not-newer':
      return t('historySkipNotNewer');
    case 'unchanged':
      return t('historySkipUnchanged');
    case 'stored-unreadable':
      return t('historySkipStoredUnreadable');
    default:
      return problemText(reason, field);
  }
}

export function skippedEntryText(skip: SkippedEntry): string {
  const reason = skipReasonText(skip.reason, skip.field);
  return skip.title ? t('historySkipEntryTitled', skip.entry, isolateText(skip.title), reason) : t('historySkipEntry', skip.entry, reason);
}

export interface ReportText {
  text: string;
  details: string[];
}

export function importReport(result: ImportResult): ReportText {
  const details = result.skipped.slice(0, MAX_REPORTED_SKIPS).map(skippedEntryText);
  if (result.skipped.length > MAX_REPORTED_SKIPS) details.push(t('historySkipMore', result.skipped.length - MAX_REPORTED_SKIPS));
  return { text: t('historyImportDone', result.addedCount, result.updatedCount, result.skippedCount), details };
}

export function issueText(issue: RecordIssue): string {
  return t('historyIssueLine', isolateText(issue.canonicalUrl), problemText(issue.problem, issue.field));
}
