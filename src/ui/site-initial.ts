/**
 * The first letter (one grapheme, so an accented or non-Latin letter stays whole) of the site's name, or of its
 * host without "www.", upper-cased: what an empty lead-image tile shows instead of a grey box.
 */
export function siteInitial(siteName: string | null, url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Not a web address: the site name alone.
  }
  for (const source of [siteName ?? '', host]) {
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(source)) {
      if (/^[\p{L}\p{N}]/u.test(segment)) return segment.toLocaleUpperCase();
    }
  }
  return '';
}
