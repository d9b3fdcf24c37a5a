import { t } from './i18n';
import type { KeepStatus } from './use-keep-article';
import type { ReactionStatus } from './use-stored-reaction';

const STATUS_KEYS: Record<ReactionStatus, string> = {
  idle: 'popupReactionIdle',
  saved: 'popupReactionSaved',
  cleared: 'popupReactionCleared',
  unreadable: 'popupReactionUnreadable',
  full: 'popupReactionFull',
  failed: 'popupReactionFailed',
};

const PROBLEMS: readonly ReactionStatus[] = ['full', 'failed', 'unreadable'];

/** What keeping the article with the reaction adds to the line; nothing while it is not asked or written. */
const KEEP_KEYS: Partial<Record<KeepStatus, string>> = {
  kept: 'libraryKeptWithReaction',
  full: 'libraryKeepFullWithReaction',
  'not-keepable': 'libraryKeepRefused',
  failed: 'libraryKeepFailed',
};
const KEEP_PROBLEMS: readonly KeepStatus[] = ['full', 'not-keepable', 'failed'];

/**
 * The line under a reaction picker: saved, cleared, or what went wrong (read out as it changes), and whether
 * the article was kept with the reaction.
 */
export function ReactionStatusLine({ status, keep }: { status: ReactionStatus; keep?: KeepStatus }) {
  const keepKey = keep && status === 'saved' ? KEEP_KEYS[keep] : undefined;
  return (
    <>
      <p class={PROBLEMS.includes(status) ? 'reaction-status problem' : 'reaction-status'} role="status">
        {t(STATUS_KEYS[status])}
      </p>
      {keepKey && (
        <p class={KEEP_PROBLEMS.includes(keep!) ? 'reaction-status keep-status problem' : 'reaction-status keep-status'} role="status" data-keep={keep}>
          {t(keepKey)}
        </p>
      )}
    </>
  );
}
