import { REACTIONS, type Reaction, type ReactionRecord } from '../reactions/record';
import { capText, TEXT_LIMITS } from '../storage/validators';
import { isolateText } from '../ui/bidi';
import { t } from '../ui/i18n';
import { REACTION_EMOJI, reactionLabel } from '../ui/reactions';
import { siteOf } from './query';

interface Props {
  record: ReactionRecord;
  dates: Intl.DateTimeFormat;
  onChange(record: ReactionRecord, reaction: Reaction): void;
  onRemove(record: ReactionRecord): void;
}

/** One reacted article: its reaction, title (to the article), site and date, and the controls to change it. */
export function HistoryRow({ record, dates, onChange, onRemove }: Props) {
  // Page text: capped for display (a record may hold more), and isolated where it joins our own words.
  const title = capText(record.title.trim() || record.url, TEXT_LIMITS.title);
  const site = capText(siteOf(record) ?? t('historyUnknownSite'), TEXT_LIMITS.siteName);
  const named = isolateText(title);
  const saved = dates.format(record.savedAt);
  const dateTitle =
    record.updatedAt !== record.savedAt
      ? `${t('historyReactedOn', saved)} · ${t('historyChangedOn', dates.format(record.updatedAt))}`
      : t('historyReactedOn', saved);
  return (
    <div class="row" data-key={record.key} data-reaction={record.reaction}>
      <span class="row-emoji" aria-hidden="true">{REACTION_EMOJI[record.reaction]}</span>
      <div class="row-main">
        <a class="row-title" dir="auto" href={record.url} target="_blank" rel="noopener noreferrer" title={title}>
          {title}
        </a>
        <p class="row-meta">
          <span class="row-site" dir="auto">{site}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(record.savedAt).toISOString()} title={dateTitle}>{saved}</time>
        </p>
      </div>
      <select
        class="row-reaction"
        aria-label={t('historyChangeLabel', named)}
        value={record.reaction}
        onChange={(event) => onChange(record, (event.currentTarget as HTMLSelectElement).value as Reaction)}
      >
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
