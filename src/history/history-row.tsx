import { REACTIONS, type Reaction } from '../reactions/record';
import { capText, TEXT_LIMITS } from '../storage/validators';
import { isolateText } from '../ui/bidi';
import { t } from '../ui/i18n';
import { REACTION_EMOJI, reactionLabel } from '../ui/reactions';
import type { HistoryItem } from './listed-items';
import { siteOf } from './query';

interface Props {
  record: HistoryItem;
  dates: Intl.DateTimeFormat;
  /** The reader page that opens the kept copy from the device. */
  keptUrl: string | null;
  onChange(record: HistoryItem, reaction: Reaction): void;
  onRemove(record: HistoryItem): void;
}

/**
 * One article: its reaction, title (to the article), site and date, a link to its kept copy when it is kept,
 * and the controls to change or remove it.
 */
export function HistoryRow({ record, dates, keptUrl, onChange, onRemove }: Props) {
  // Page text: capped for display (a record may hold more), and isolated where it joins our own words.
  const title = capText(record.title.trim() || record.url, TEXT_LIMITS.title);
  const site = capText(siteOf(record) ?? t('historyUnknownSite'), TEXT_LIMITS.siteName);
  const named = isolateText(title);
  const saved = dates.format(record.savedAt);
  const dateTitle = record.reaction
    ? record.updatedAt !== record.savedAt
      ? `${t('historyReactedOn', saved)} · ${t('historyChangedOn', dates.format(record.updatedAt))}`
      : t('historyReactedOn', saved)
    : t('libraryKeptOn', saved);
  return (
    <div class="row" data-key={record.key} data-reaction={record.reaction ?? 'none'} data-kept={record.kept ? 'yes' : 'no'}>
      <span class="row-emoji" aria-hidden="true">{record.reaction ? REACTION_EMOJI[record.reaction] : '★'}</span>
      <div class="row-main">
        <a class="row-title" dir="auto" href={record.url} target="_blank" rel="noopener noreferrer" title={title}>
          {title}
        </a>
        <p class="row-meta">
          <span class="row-site" dir="auto">{site}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(record.savedAt).toISOString()} title={dateTitle}>{saved}</time>
          {keptUrl && (
            <>
              <span aria-hidden="true"> · </span>
              <a class="row-kept" href={keptUrl} target="_blank" rel="noopener" aria-label={t('libraryReadKeptLabel', named)} data-action="read-kept">
                {t('libraryReadKept')}
              </a>
            </>
          )}
        </p>
      </div>
      <select
        class="row-reaction"
        aria-label={t('historyChangeLabel', named)}
        value={record.reaction ?? ''}
        onChange={(event) => onChange(record, (event.currentTarget as HTMLSelectElement).value as Reaction)}
      >
        {!record.reaction && (
          <option value="" disabled>
            {t('libraryNoReaction')}
          </option>
        )}
        {REACTIONS.map((reaction) => (
          <option key={reaction} value={reaction}>
            {`${REACTION_EMOJI[reaction]} ${reactionLabel(reaction)}`}
          </option>
        ))}
      </select>
      <button type="button" class="row-remove" aria-label={t('historyRemoveLabel', named)} title={t('historyRemoveLabel', named)} onClick={() => onRemove(record)}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
