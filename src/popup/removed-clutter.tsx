import type { ClutterKind, RemovedClutter } from '../core';
import { t } from '../ui/i18n';
import { describeRemoved, type ClutterWording } from './describe-removed';

/** Message-name stems per kind (message names allow only letters, digits and underscores). */
const KIND_KEYS: Record<ClutterKind, string> = {
  reactions: 'Reactions',
  share: 'Share',
  related: 'Related',
  comments: 'Comments',
  newsletter: 'Newsletter',
  ads: 'Ads',
  poll: 'Poll',
  cookie: 'Cookie',
  tags: 'Tags',
  'author-bio': 'AuthorBio',
  navigation: 'Navigation',
  social: 'Social',
  meta: 'Meta',
  player: 'Player',
  promo: 'Promo',
};

const POPUP_WORDING: ClutterWording = {
  counted: (kind, count) =>
    count === 1 ? t(`popupClutter${KIND_KEYS[kind]}One`) : t(`popupClutter${KIND_KEYS[kind]}Many`, count),
  named: (kind, label, count) => t('popupClutterNamed', POPUP_WORDING.counted(kind, count), label),
  line: (counts) => t('popupHid', counts),
};

/**
 * "Hid: reaction widget, share bar, 2 ads", opening to one line per removed block. Nothing when nothing was
 * hidden. Block names are page text: each line is isolated, so a right-to-left name cannot reorder it.
 */
export function RemovedClutterNote({ removed }: { removed: readonly RemovedClutter[] }) {
  const { line, items } = describeRemoved(removed, POPUP_WORDING);
  if (!line) return null;
  return (
    <details class="removed-clutter">
      <summary>{line}</summary>
      <ul>
        {items.map((item, index) => (
          <li key={index}>
            <bdi>{item}</bdi>
          </li>
        ))}
      </ul>
    </details>
  );
}
