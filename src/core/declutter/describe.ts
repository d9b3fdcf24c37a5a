import type { ClutterKind, RemovedClutter } from '../article';

/** What the popup says about removed clutter: "Hid: reaction widget, share bar, 2 ads", and one line per block. */

/** The words a description is made of, so a page can pass its own language's (the default is English). */
export interface ClutterWording {
  /** A kind with its count: "reaction widget", "2 ads". */
  counted(kind: ClutterKind, count: number): string;
  /** The name a kind goes by in the list of blocks. */
  kindName(kind: ClutterKind): string;
  /** The one-line summary around the comma-separated counts. */
  line(counts: string): string;
}

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

export const ENGLISH_WORDING: ClutterWording = {
  counted: (kind, count) => (count === 1 ? NOUNS[kind][0] : `${count} ${NOUNS[kind][1]}`),
  kindName: (kind) => kind,
  line: (counts) => `Hid: ${counts}`,
};

/** The order kinds are named in: what the product is about first, page furniture last. */
const KIND_ORDER: ClutterKind[] = [
  'reactions', 'share', 'ads', 'related', 'newsletter', 'comments', 'poll', 'cookie', 'author-bio', 'tags', 'navigation',
];

export function describeRemoved(
  removed: readonly RemovedClutter[],
  wording: ClutterWording = ENGLISH_WORDING,
): { line: string; items: string[] } {
  const ordered = [...removed].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const counts = ordered.filter(({ count }) => count > 0).map(({ kind, count }) => wording.counted(kind, count));
  const items = ordered.flatMap(({ kind, labels }) => labels.map((label) => `${wording.kindName(kind)}: ${label}`));
  return { line: counts.length ? wording.line(counts.join(', ')) : '', items };
}
