import type { ClutterKind, RemovedClutter } from '../core';

/**
 * What the popup says about removed clutter: one line, "Hid: reaction widget, share bar, 2 ads", and one line per
 * named block, 'reaction widget: “What's your reaction?”' ('2 newsletter boxes: “Sign up”' when several share a
 * name). Blocks without a name are counted on a line of their own ("2 ads"), never labelled with a tag name or an
 * address.
 */

/** The words a description is made of, so each language can pass its own (the default is English). */
export interface ClutterWording {
  /** A kind with its count: "reaction widget", "2 ads". */
  counted(kind: ClutterKind, count: number): string;
  /** Blocks of one name: 'share bar: “Share this article”', or with a count when several share it. */
  named(kind: ClutterKind, label: string, count: number): string;
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
  social: ['social box', 'social boxes'],
  meta: ['post details line', 'post details lines'],
  player: ['video player notice', 'video player notices'],
  promo: ['app promotion', 'app promotions'],
};

export const ENGLISH_WORDING: ClutterWording = {
  counted: (kind, count) => (count === 1 ? NOUNS[kind][0] : `${count} ${NOUNS[kind][1]}`),
  named: (kind, label, count) => `${ENGLISH_WORDING.counted(kind, count)}: “${label}”`,
  line: (counts) => `Hid: ${counts}`,
};

/** The order kinds are named in: what the product is about first, page furniture last. */
const KIND_ORDER: ClutterKind[] = [
  'reactions', 'social', 'share', 'ads', 'promo', 'related', 'newsletter', 'comments', 'poll', 'cookie', 'author-bio',
  'tags', 'meta', 'player', 'navigation',
];

/** Longest block name shown; page text is capped. */
const MAX_LABEL_CHARS = 60;

export function describeRemoved(
  removed: readonly RemovedClutter[],
  wording: ClutterWording = ENGLISH_WORDING,
): { line: string; items: string[] } {
  const ordered = removed.filter(({ count }) => count > 0).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const counts = ordered.map(({ kind, count }) => wording.counted(kind, count));
  const items = ordered.flatMap(({ kind, count, labels }) => {
    // Blocks with the same name are one line with their count (two "SIGN UP FOR OUR NEWSLETTER" boxes).
    const shown = labels.slice(0, count).map(cap);
    const times = new Map<string, number>();
    for (const label of shown) times.set(label, (times.get(label) ?? 0) + 1);
    const named = [...times].map(([label, n]) => wording.named(kind, label, n));
    const unnamed = count - shown.length;
    return unnamed > 0 ? [...named, wording.counted(kind, unnamed)] : named;
  });
  return { line: counts.length ? wording.line(counts.join(', ')) : '', items };
}

function cap(label: string): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_LABEL_CHARS ? clean.slice(0, MAX_LABEL_CHARS - 1).trimEnd() + '…' : clean;
}
