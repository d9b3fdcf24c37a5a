import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { toCsv } from '../reactions/csv';
import { checkImportSize, exportJson } from '../reactions/import-export';
import type { KeptEntry } from '../kept/kept-entry';
import type { RemovedKept } from '../kept/kept-store';
import { NotEnoughRoomError, type RemovedBatch } from '../reactions/library';
import { REACTIONS, storageKey, type Reaction } from '../reactions/record';
import { StorageFullError } from '../storage/errors';
import { LOCAL_QUOTA_BYTES } from '../storage/storage-area';
import { t } from '../ui/i18n';
import { usePaintMark } from '../ui/paint-mark';
import { REACTION_EMOJI, reactionLabel } from '../ui/reactions';
import { exportFileName } from './download';
import { AlwaysOpenPanel } from './always-open-panel';
import { HistoryRow } from './history-row';
import { exportLibrary, importKeptArticles } from './library-file';
import { listedItems, type HistoryItem } from './listed-items';
import { importFileErrorText, importReport, issueText } from './import-report';
import { applyQuery, countByReaction, DEFAULT_QUERY, SORT_ORDERS, type LibraryQuery, type SortOrder } from './query';
import { ReactionChart } from './reaction-chart';
import type { HistoryServices } from './services';
import { SummarySettingsPanel } from './summary-settings-panel';
import { useKeptEntries, useSearchTexts } from './use-kept';
import { useLibrary } from './use-library';
import { VirtualList } from './virtual-list';

/** Height of one list row in CSS pixels; history.css lays rows out on fixed lines to match. */
export const ROW_HEIGHT = 64;

const NO_RECORDS: never[] = [];
const EMPTY_KEPT: ReadonlyMap<string, KeptEntry> = new Map();

interface Notice {
  kind: 'info' | 'problem';
  text: string;
  details?: string[];
  undo?: RemovedArticles;
  /** An import under way: how far it got. */
  progress?: { done: number; total: number };
}

/** What a removal took away: reaction records and kept copies, for Undo. */
interface RemovedArticles {
  reactions: RemovedBatch;
  kept: RemovedKept;
  count: number;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString(undefined, { maximumFractionDigits: 1 });

const SORT_KEYS: Record<SortOrder, string> = {
  newest: 'historySortNewest',
  oldest: 'historySortOldest',
  site: 'historySortSite',
};

function errorText(error: unknown): string {
  if (error instanceof StorageFullError) return t('historyStorageFull');
  if (error instanceof Error && error.name === 'NotKeepableError') return t('libraryKeepRefused');
  return t('historyWriteFailed', error instanceof Error ? error.message : String(error));
}

export function HistoryApp({ services, lang }: { services: HistoryServices; lang?: string }) {
  const library = useLibrary(services.library);
  const keptState = useKeptEntries(services.kept);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);

  const reactionRecords = library.status === 'ready' ? library.records : NO_RECORDS;
  const keptEntries = keptState.status === 'ready' ? keptState.entries : EMPTY_KEPT;
  const records = useMemo(() => listedItems(reactionRecords, keptEntries), [reactionRecords, keptEntries]);
  const searching = query.search.trim() !== '';
  // The kept text starts loading when the search box gets focus, so it is often read before the first word is typed.
  const [searchFocused, setSearchFocused] = useState(false);
  const textLoad = useSearchTexts(services.kept, (searching || searchFocused) && keptEntries.size > 0);
  const texts = textLoad.texts;
  const readingTexts = searching && textLoad.loading;
  const collator = useMemo(() => new Intl.Collator(lang, { sensitivity: 'base' }), [lang]);
  const dates = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }), [lang]);
  const shown = useMemo(() => applyQuery(records, query, collator, texts), [records, query, collator, texts]);
  const counts = useMemo(() => countByReaction(records), [records]);

  const ready = library.status === 'ready' && keptState.status !== 'loading';
  usePaintMark('listPainted', ready);

  // After a removal, focus moves to its Undo button (the removed row's controls are gone).
  useEffect(() => {
    if (focusUndo.current && notice?.undo) undoButton.current?.focus();
    focusUndo.current = false;
  }, [notice]);

  const run = async (task: () => Promise<Notice | null>) => {
    setBusy(true);
    try {
      const next = await task();
      if (next) setNotice(next);
    } catch (error) {
      setNotice({ kind: 'problem', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const change = (record: HistoryItem, reaction: Reaction) =>
    void services.store
      .set({ canonicalUrl: record.key, url: record.url, title: record.title, site: record.site, leadImage: record.leadImage }, reaction)
      .catch((error: unknown) => setNotice({ kind: 'problem', text: errorText(error) }));

  // Removing an article takes its reaction record and its kept copy together.
  const remove = (record: HistoryItem) =>
    void run(async () => {
      const kept = await services.kept.remove([record.key]);
      const reactions = await services.library.remove([record.key]);
      focusUndo.current = true;
      return { kind: 'info', text: t('historyRemovedOne', record.title.trim() || record.url), undo: { reactions, kept, count: 1 } };
    });

  const removeAll = () =>
    void run(async () => {
      const kept = await services.kept.remove(null);
      const reactions = await services.library.removeAll();
      const keptOnly = kept.rows.filter((row) => !(storageKey(row.key) in reactions.items)).length;
      focusUndo.current = true;
      const count = reactions.count + keptOnly;
      return { kind: 'info', text: t('historyRemovedAll', count), undo: { reactions, kept, count } };
    });

  const restore = (batch: RemovedArticles) =>
    void run(async () => {
      const reactions = await services.library.restore(batch.reactions);
      const kept = await services.kept.restore(batch.kept);
      const keptOnly = batch.kept.rows.filter((row) => !(storageKey(row.key) in batch.reactions.items)).length;
      return { kind: 'info', text: t('historyRestored', Math.min(batch.count, reactions + Math.min(kept, keptOnly))) };
    });

  const exportAs = (format: 'json' | 'csv') =>
    void run(async () => {
      const { records: all } = await services.library.list();
      const now = services.now();
      const name = exportFileName(now, format);
      if (format === 'json') services.download(name, 'application/json', await exportLibrary(exportJson(all, now), services.kept));
      // The byte-order mark tells spreadsheet programs the file is UTF-8.
      else services.download(name, 'text/csv;charset=utf-8', '\uFEFF' + toCsv(all));
      return { kind: 'info', text: t('historyDownloaded', name) };
    });

  const importFile = (file: File) =>
    void run(async () => {
      const nothing = (reason: string): Notice => ({ kind: 'problem', text: t('historyImportNothing', reason) });
      const tooBig = checkImportSize(file.size);
      if (tooBig) return nothing(importFileErrorText(tooBig));
      const noRoom = (needed: number, free: number) => nothing(t('historyImportNoRoom', megabytes(needed), megabytes(free), megabytes(LOCAL_QUOTA_BYTES)));
      const progress = (key: string) => (done: number, total: number) =>
        setNotice({ kind: 'info', text: t(key, done.toLocaleString(), total.toLocaleString()), progress: { done, total } });
      setNotice({ kind: 'info', text: t('historyImportReading', 0, '…'), progress: { done: 0, total: 0 } });
      let room = 0;
      const read = await services.readImport(file, {
        onProgress: progress('historyImportReading'),
        proceed: async (_count, bytes) => bytes <= (room = await services.library.importRoom()),
      });
      if (!read.ok) {
        if (read.error === 'declined') return noRoom(read.bytes, room);
        return nothing(read.error === 'unreadable' ? t('historyImportReadFailed') : importFileErrorText(read.error));
      }
      try {
        const result = await services.library.importEntries(read.entries, read.invalid, { onProgress: progress('historyImportWriting') });
        const report = importReport(result);
        // Kept articles come after the reactions: a full disk there leaves the imported reactions in place.
        const kept = await importKeptArticles(file, services.kept, services.sanitizeWindow);
        // The kept articles' result is a line of its own under the reactions' report.
        const details = [...report.details, ...(kept.text ? [kept.text] : []), ...kept.details];
        return { kind: result.skippedCount || kept.problem ? 'problem' : 'info', text: report.text, details };
      } catch (error) {
        if (error instanceof NotEnoughRoomError) return noRoom(error.needed, error.free);
        return nothing(error instanceof StorageFullError ? t('historyImportStorageFull') : errorText(error));
      }
    });

  const issues = library.status === 'ready' ? library.issues : [];
  const filtered = query.reaction !== 'all' || query.search.trim() !== '';

  return (
    <div class="page">
      <header class="page-header">
        <div class="page-title-line">
          <h1 class="page-title">{t('historyPageTitle')}</h1>
          {ready && <span class="total">{t('historyTotal', records.length.toLocaleString())}</span>}
        </div>
        <p class="page-intro">{t('historyIntro')}</p>
      </header>

      <div class="layout">
        <aside class="sidebar">
          <section class="panel">
            <ReactionChart counts={counts} />
          </section>
          <section class="panel tools" aria-labelledby="tools-title">
            <h2 id="tools-title" class="panel-title">{t('historyLibrary')}</h2>
            <button type="button" class="tool" disabled={!ready || busy} onClick={() => exportAs('json')} data-action="export-json">
              {t('historyExportJson')}
            </button>
            <button type="button" class="tool" disabled={!ready || busy} onClick={() => exportAs('csv')} data-action="export-csv">
              {t('historyExportCsv')}
            </button>
            <button type="button" class="tool" disabled={!ready || busy} onClick={() => fileInput.current?.click()} data-action="import">
              {t('historyImport')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              data-action="import-file"
              onChange={(event) => {
                const input = event.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (file) importFile(file);
              }}
            />
            <button type="button" class="tool danger" disabled={!ready || busy || records.length + issues.length === 0} onClick={removeAll} data-action="remove-all">
              {t('historyRemoveAll')}
            </button>
            <p class="tools-note">{t('historyToolsNote')}</p>
          </section>
          <AlwaysOpenPanel settings={services.alwaysOpen} permissions={services.sitePermissions} />
          <SummarySettingsPanel settings={services.summarySettings} summarizer={services.summarizer} lang={lang} />
        </aside>

        <main class="main">
          <div class="toolbar" role="search">
            <div class="field search">
              <label class="field-label" for="history-search">
                {t('historySearchLabel')}
              </label>
              <input
                id="history-search"
                type="search"
                value={query.search}
                placeholder={t('historySearchPlaceholder')}
                onFocus={() => setSearchFocused(true)}
                onInput={(event) => setQuery({ ...query, search: (event.currentTarget as HTMLInputElement).value })}
              />
            </div>
            <div class="field">
              <label class="field-label" for="history-filter">
                {t('historyFilterLabel')}
              </label>
              <select
                id="history-filter"
                value={query.reaction}
                data-control="filter"
                onChange={(event) => setQuery({ ...query, reaction: (event.currentTarget as HTMLSelectElement).value as LibraryQuery['reaction'] })}
              >
                <option value="all">{t('historyFilterAll', records.length.toLocaleString())}</option>
                <option value="kept">{t('libraryFilterKept', keptEntries.size.toLocaleString())}</option>
                {REACTIONS.map((reaction) => (
                  <option key={reaction} value={reaction}>
                    {`${REACTION_EMOJI[reaction]} ${reactionLabel(reaction)} (${counts[reaction].toLocaleString()})`}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label class="field-label" for="history-sort">
                {t('historySortLabel')}
              </label>
              <select
                id="history-sort"
                value={query.sort}
                data-control="sort"
                onChange={(event) => setQuery({ ...query, sort: (event.currentTarget as HTMLSelectElement).value as SortOrder })}
              >
                {SORT_ORDERS.map((order) => (
                  <option key={order} value={order}>
                    {t(SORT_KEYS[order])}
                  </option>
                ))}
              </select>
            </div>
          </div>

          <div class="notices" aria-live="polite">
            {notice && (
              <div class={`notice ${notice.kind}`} role={notice.kind === 'problem' ? 'alert' : 'status'} data-notice={notice.kind}>
                <p class="notice-text">{notice.text}</p>
                {notice.progress && (
                  <progress class="notice-progress" data-import-progress max={notice.progress.total || undefined} value={notice.progress.total ? notice.progress.done : undefined} />
                )}
                {notice.details && notice.details.length > 0 && (
                  <ul class="notice-details">
                    {notice.details.map((line, index) => (
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                )}
                <div class="notice-actions">
                  {notice.undo && notice.undo.count > 0 && (
                    <button ref={undoButton} type="button" class="notice-button" onClick={() => restore(notice.undo!)} data-action="undo">
                      {t('historyUndo')}
                    </button>
                  )}
                  <button type="button" class="notice-button quiet" onClick={() => setNotice(null)}>
                    {t('historyDismiss')}
                  </button>
                </div>
              </div>
            )}
            {issues.length > 0 && (
              <div class="notice problem" data-notice="issues">
                <p class="notice-text">{t('historyUnreadable', issues.length.toLocaleString())}</p>
                <details>
                  <summary>{t('historyUnreadableDetails')}</summary>
                  <ul class="notice-details">
                    {issues.slice(0, 50).map((issue) => (
                      <li key={issue.key}>{issueText(issue)}</li>
                    ))}
                  </ul>
                </details>
              </div>
            )}
          </div>

          {library.status === 'loading' && <p class="empty" role="status">{t('historyLoading')}</p>}
          {library.status === 'failed' && (
            <p class="empty problem" role="alert">
              {t('historyLoadFailed', library.message)}
            </p>
          )}
          {ready && (
            <>
              <p class="result-count" aria-live="polite" data-text-search={readingTexts ? 'reading' : 'ready'}>
                {t('historyShowing', shown.length.toLocaleString(), records.length.toLocaleString())}
                {readingTexts && ` ${t('librarySearchingText')}`}
              </p>
              {records.length === 0 ? (
                <div class="empty">
                  <h2 class="empty-title">{t('historyEmptyTitle')}</h2>
                  <p>{t('historyEmptyText')}</p>
                </div>
              ) : shown.length === 0 ? (
                <div class="empty">
                  <p>{t('historyNoMatch')}</p>
                  {filtered && (
                    <button type="button" class="notice-button" onClick={() => setQuery({ ...query, reaction: 'all', search: '' })}>
                      {t('historyClearFilters')}
                    </button>
                  )}
                </div>
              ) : (
                <VirtualList
                  items={shown}
                  rowHeight={ROW_HEIGHT}
                  label={t('historyListLabel')}
                  keyOf={(record) => storageKey(record.key)}
                  renderRow={(record) => (
                    <HistoryRow record={record} dates={dates} keptUrl={record.kept ? services.keptReaderUrl(record.key) : null} onChange={change} onRemove={remove} />
                  )}
                />
              )}
            </>
          )}
        </main>
      </div>
    </div>
  );
}
