import { normalizeSpace } from '../text';

/**
 * A time the page prints relative to the moment it was loaded ("3 hours ago", "vor 2 Tagen", "昨天") while its
 * markup holds the moment itself (a `<time datetime>`, or a `title` with an ISO date, as forums, threads and link
 * aggregators write it): the reading copy shows that day instead, since a relative time is wrong as soon as the
 * copy is read later. Known by shape, in any language: the element's words hold no year and no clock time (so a
 * written date stays as the page wrote it) and its stamp is an ISO date.
 */

const ISO_STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Longer words than this are no time label. */
const MAX_CHARS = 40;
/** A year or a clock time in the words: the page wrote the moment itself. */
const YEAR_OR_CLOCK = /\d{4}|\d[:.]\d\d/;

export function showStampedDays(body: Element): void {
  for (const element of Array.from(body.querySelectorAll('time[datetime], [title]'))) {
    const day = dayOf(element.localName === 'time' && element.hasAttribute('datetime') ? element.getAttribute('datetime') : element.getAttribute('title'));
    if (!day) continue;
    const text = normalizeSpace(element.textContent);
    if (!text || text.length > MAX_CHARS || YEAR_OR_CLOCK.test(text)) continue;
    // The one text node that holds the words, so that a link around them (to the comment itself) stays.
    const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    const words: Node[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (normalizeSpace(node.nodeValue)) words.push(node);
    if (words.length !== 1) continue;
    const node = words[0]!;
    const value = node.nodeValue ?? '';
    node.nodeValue = value.replace(value.trim(), day);
  }
}

/** The `YYYY-MM-DD` day of an ISO stamp that is a calendar day, else null. */
function dayOf(stamp: string | null): string | null {
  const match = ISO_STAMP.exec((stamp ?? '').trim());
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
