import { describeRemoved, type ClutterKind, type ClutterWording, type RemovedClutter } from '../core';
import { t } from '../ui/i18n';

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
};

const POPUP_WORDING: ClutterWording = {
  counted: (kind, count) =>
    count === 1 ? t(`popupClutter${KIND_KEYS[kind]}One`) : t(`popupClutter${KIND_KEYS[kind]}Many`, count),
  kindName: (kind) => t(`popupClutter${KIND_KEYS[kind]}One`),
  line: (counts) => t('popupHid', counts),
};

/** "Hid: reaction widget, share bar, 2 ads", opening to one line per removed block. Nothing when nothing was hidden. */
export function RemovedClutterNote({ removed }: { removed: readonly RemovedClutter[] }) {
  const { line, items } = describeRemoved(removed, POPUP_WORDING);
  if (!line) return null;
  return (
    <details class="removed-clutter">
      <summary>{line}</summary>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
