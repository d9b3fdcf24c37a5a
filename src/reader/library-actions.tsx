import type { Article } from '../core';
import { t } from '../ui/i18n';
import type { KeepStatus, useKeepArticle } from '../ui/use-keep-article';
import type { ReaderServices } from './services';
import { useAlwaysOpen, type AlwaysOpenStatus } from './use-always-open';

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

/** The reader's toolbar actions for the library: keep the article on the device, and always open its site here. */
export function LibraryActions({ services, article, keeping }: { services: ReaderServices; article: Article; keeping: ReturnType<typeof useKeepArticle> }) {
  const always = useAlwaysOpen(services, article.url);
  const keepNote = KEEP_STATUS[keeping.status];
  const alwaysNote = ALWAYS_STATUS[always.status];
  const problem = ['full', 'not-keepable', 'failed'].includes(keeping.status) || ['declined', 'failed'].includes(always.status);
  return (
    <div class="library-actions" role="group" aria-label={t('libraryActions')}>
      <button
        type="button"
        class="tool-button keep"
        aria-pressed={keeping.kept === true}
        disabled={keeping.kept === null || keeping.status === 'saving'}
        onClick={() => void (keeping.kept ? keeping.unkeep() : keeping.keep())}
        title={keeping.kept ? t('libraryUnkeepHint') : t('libraryKeepHint')}
        data-action="keep"
      >
        <span aria-hidden="true" class="tool-icon">{keeping.kept ? '★' : '☆'}</span> {keeping.kept ? t('libraryKept') : t('libraryKeep')}
      </button>
      {always.site && (
        <button
          type="button"
          class="tool-button always-open"
          aria-pressed={always.on === true}
          disabled={always.on === null}
          onClick={always.toggle}
          title={t('libraryAlwaysHint', always.site)}
          data-action="always-open"
        >
          <span aria-hidden="true" class="tool-icon">⟳</span> {t('libraryAlwaysOpen')}
        </button>
      )}
      <span class={problem ? 'library-status problem' : 'library-status'} role="status" data-keep-status={keeping.status}>
        {[keepNote && t(keepNote), alwaysNote && t(alwaysNote, always.site ?? '')].filter(Boolean).join(' ')}
      </span>
    </div>
  );
}
