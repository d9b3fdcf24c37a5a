import type { ClutterKind, RemovedClutter } from '../article';

/** What the popup says about removed clutter: "Hid: reaction widget, share bar, 2 ads", and one line per block. */

const NOUNS: Record<ClutterKind, [singular: string, plural: string]> = {
  reactions: ['reaction widget', 'reaction widgets'],
  share: ['share bar', 'share bars'],
  related: ['related list', 'related lists'],
  comments: ['comments section', 'comments sections'],
  newsletter: ['newsletter box', 'newsletter boxes'],
  ads: ['ad', 'ads'],
  poll: ['poll', 'polls'],
  cookie: ['cookie banner', 'cookie banners'],
  tags: ['tag list', 'tag lists'],
  'author-bio': ['author bio', 'author bios'],
  navigation: ['navigation block', 'navigation blocks'],
};

export function describeRemoved(removed: readonly RemovedClutter[]): { line: string; items: string[] } {
  const parts = removed
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => (count === 1 ? NOUNS[kind][0] : `${count} ${NOUNS[kind][1]}`));
  const items = removed.flatMap(({ kind, labels }) => labels.map((label) => `${kind}: ${label}`));
  return { line: parts.length ? `Hid: ${parts.join(', ')}` : '', items };
}
