/**
 * The kept articles' part of the history's JSON export and import (src/kept/kept-file.ts is the format). The
 * format module, with the sanitiser, loads only when a file is exported or imported: the page opens without it.
 */
import type { KeptImportSkip } from '../kept/kept-file';
import type { KeptArticleStore } from '../kept/kept-store';
import { StorageFullError } from '../storage/errors';
import { t } from '../ui/i18n';

/** The reactions export (`reactionsJson`) with every kept article added. */
export async function exportLibrary(reactionsJson: string, kept: KeptArticleStore): Promise<string> {
  const { KEPT_EXPORT_FIELD, keptExport } = await import('../kept/kept-file');
  const file = JSON.parse(reactionsJson) as Record<string, unknown>;
  file[KEPT_EXPORT_FIELD] = keptExport(await kept.exportAll());
  return JSON.stringify(file, null, 2) + '\n';
}

const SKIP_KEYS: Record<KeptImportSkip, string> = {
  malformed: 'libraryImportSkipMalformed',
  duplicate: 'libraryImportSkipDuplicate',
  'already-kept': 'libraryImportSkipKept',
};

export interface KeptImportReport {
  text: string;
  details: string[];
  problem: boolean;
}

/**
 * Imports the kept articles of an import file (already read as a valid reactions file): one transaction. The
 * reactions were read in a worker; kept articles are sanitised here, where there is a DOM, and a file without
 * any is not parsed a second time.
 */
export async function importKeptArticles(file: Blob, kept: KeptArticleStore, win: Window): Promise<KeptImportReport> {
  const { KEPT_EXPORT_FIELD, readKeptImport } = await import('../kept/kept-file');
  const text = await file.text();
  if (!text.includes(`"${KEPT_EXPORT_FIELD}"`)) return { text: '', details: [], problem: false };
  const data: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const { entries } = await kept.list();
  const keys = new Set(entries.map((entry) => entry.key));
  const read = readKeptImport(data, (key) => keys.has(key), win as unknown as Parameters<typeof readKeptImport>[2]);
  if (read.absent) return { text: '', details: [], problem: false };
  if (read.refused) return { text: t('libraryImportKeptRefused'), details: [], problem: true };
  const details = read.skipped.slice(0, 50).map(({ entry, reason }) => t('libraryImportSkipLine', String(entry), t(SKIP_KEYS[reason])));
  try {
    await kept.keepAll(read.articles);
  } catch (error) {
    const why = error instanceof StorageFullError ? t('libraryImportKeptFull') : t('libraryKeepFailed');
    return { text: why, details, problem: true };
  }
  const problem = read.skipped.some((skip) => skip.reason === 'malformed');
  return { text: t('libraryImportKept', read.articles.length.toLocaleString(), read.skipped.length.toLocaleString()), details, problem };
}
