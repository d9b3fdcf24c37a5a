import { t } from '../ui/i18n';
import type { KeepStatus, useKeepArticle } from '../ui/use-keep-article';
import type { AlwaysOpenStatus, useAlwaysOpen } from './use-always-open';

type Keeping = ReturnType<typeof useKeepArticle>;
type AlwaysOpen = ReturnType<typeof useAlwaysOpen>;

const KEEP_STATUS: Partial<Record<KeepStatus, string>> = {
  kept: 'libraryKeptNote',
  removed: 'libraryUnkeptNote',
  full: 'libraryKeepFull',
  'not-keepable': 'libraryKeepRefused',
  failed: 'libraryKeepFailed',
};

const ALWAYS_STATUS: Partial<Record<AlwaysOpenStatus, string>> = {
  on: 'libraryAlwaysOnNote',
  off: 'libraryAlwaysOffNote',
  declined: 'libraryAlwaysDeclined',
  failed: 'libraryAlwaysFailed',
};

/** The toolbar's Keep: keeps the article on the device, or (pressed again) removes the copy. */
export function KeepButton({ keeping }: { keeping: Keeping }) {
  return (
    <button
      type="button"
      class="tool-button keep"
      aria-pressed={keeping.kept === true}
      disabled={keeping.kept === null || keeping.status === 'saving'}
      onClick={() => void (keeping.kept ? keeping.unkeep() : keeping.keep())}
      title={keeping.kept ? t('libraryUnkeepHint') : t('libraryKeepHint')}
    >
      <span aria-hidden="true" class="tool-icon">
        {keeping.kept ? '★' : '☆'}
      </span>{' '}
      <span class="tool-label">{keeping.kept ? t('libraryKept') : t('libraryKeep')}</span>
    </button>
  );
}

/**
 * "Always open here" for the article's site (shown only for a web site): a toolbar button, or on phones a
 * labelled button in the Display panel (the toolbar has no room for it there).
 */
export function AlwaysOpenButton({ always, inPanel = false }: { always: AlwaysOpen; inPanel?: boolean }) {
  return (
    <button
      type="button"
      class="tool-button always-open"
      aria-pressed={always.on === true}
      disabled={always.on === null}
      onClick={always.toggle}
      title={t('libraryAlwaysHint', always.site ?? '')}
    >
      <span aria-hidden="true" class="tool-icon">
        ⟳
      </span>{' '}
      <span class={inPanel ? undefined : 'tool-label'}>{t('libraryAlwaysOpen')}</span>
    </button>
  );
}

/** What the last Keep or Always-open click did, as a line under the toolbar (it never squeezes the row). */
export function LibraryStatus({ keeping, always }: { keeping: Keeping; always: AlwaysOpen }) {
  const keepNote = KEEP_STATUS[keeping.status];
  const alwaysNote = ALWAYS_STATUS[always.status];
  const problem = ['full', 'not-keepable', 'failed'].includes(keeping.status) || ['declined', 'failed'].includes(always.status);
  return (
    <p class={problem ? 'library-status toolbar-note problem' : 'library-status toolbar-note'} role="status" data-keep-status={keeping.status}>
      {[keepNote && t(keepNote), alwaysNote && t(alwaysNote, always.site ?? '')].filter(Boolean).join(' ')}
    </p>
  );
}
