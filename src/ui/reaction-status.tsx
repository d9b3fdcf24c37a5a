import { t } from './i18n';
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

/** The line under a reaction picker: saved, cleared, or what went wrong (read out as it changes). */
export function ReactionStatusLine({ status }: { status: ReactionStatus }) {
  return (
    <p class={PROBLEMS.includes(status) ? 'reaction-status problem' : 'reaction-status'} role="status">
      {t(STATUS_KEYS[status])}
    </p>
  );
}
