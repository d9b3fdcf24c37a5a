/**
 * The article's headline without the site name or an SEO tail. Pages put the headline in `<title>`, `og:title`,
 * JSON-LD `headline` and the `<h1>`, and most of them add something to some of these: "Headline | Site",
 * "Site - Headline", "Headline | Section | Site", "Headline: news, photos 2018". The `<h1>` is usually the bare
 * headline, so a title that contains the page's `<h1>` as one of its parts gives way to it; otherwise the title's
 * parts that name the site are cut off its ends.
 *
 * Tuned on the development pages of Defuddle's fixture suite (bench/defuddle-split.json), judged on its
 * held-out pages (npm run bench:metadata).
 */

/** Separators between a headline and what sites append to it. */
const SEPARATOR = /\s+[|\-–—·•»/:]\s+|\s*\|\s*|\s+::\s+|:\s+/;
const MIN_HEADLINE_CHARS = 8;
const MAX_HEADLINE_CHARS = 300;

export function normalizeTitle(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s.!?:;,]+$/, '');
}

/** Letters and digits only: "Harbour-Town News" and "harbourtownnews.com" compare equal. */
const squash = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The parts of a title between separators, with the separators' positions. */
function parts(title: string): string[] {
  return title.split(SEPARATOR).map((part) => part.trim()).filter(Boolean);
}

/** Whether a title part names the site: its name, its host, or the host's name without the domain. */
function namesSite(part: string, siteNames: readonly string[]): boolean {
  const value = squash(part);
  if (!value) return false;
  return siteNames.some((site) => {
    const name = squash(site);
    return name !== '' && (value === name || (name.length >= 4 && (name.includes(value) || value.includes(name)) && value.length <= name.length + 4));
  });
}

/** Cuts parts that name the site off both ends of a title, as long as a headline is left. */
export function withoutSiteName(title: string, siteNames: readonly string[]): string {
  let result = title.trim();
  for (let i = 0; i < 3; i++) {
    const pieces = parts(result);
    if (pieces.length < 2) break;
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    if (namesSite(last, siteNames)) result = result.slice(0, result.lastIndexOf(last)).replace(new RegExp(`(?:${SEPARATOR.source})$`), '').trim();
    else if (namesSite(first, siteNames)) result = result.slice(result.indexOf(first) + first.length).replace(new RegExp(`^(?:${SEPARATOR.source})`), '').trim();
    else break;
  }
  return result.length >= MIN_HEADLINE_CHARS ? result : title.trim();
}

/** Whether `title` is `headline` with something added before or after a separator (or is it). */
function contains(title: string, headline: string): boolean {
  const t = normalizeTitle(title);
  const h = normalizeTitle(headline);
  if (!h || h.length < MIN_HEADLINE_CHARS) return false;
  if (t === h) return true;
  const at = t.indexOf(h);
  if (at < 0) return false;
  const before = t.slice(0, at);
  const after = t.slice(at + h.length);
  // Chinese sites join parts with "_" as well.
  return (before === '' || /[|\-–—·•»/:_]\s*$/.test(before)) && (after === '' || /^\s*[|\-–—·•»/:(_]/.test(after));
}

export interface HeadlineSources {
  /** The document's `<title>`. */
  documentTitle: string;
  /** Titles from metadata, best first: JSON-LD headline, og:title, twitter:title, Readability's. */
  metaTitles: string[];
  /** The page's main `<h1>` texts, first first. */
  headings: string[];
  /** Names of the site: og:site_name, the publisher, the host. */
  siteNames: string[];
}

export function cleanHeadline({ documentTitle, metaTitles, headings, siteNames }: HeadlineSources): string {
  const titles = [...metaTitles, documentTitle].map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const usable = headings.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => h.length >= MIN_HEADLINE_CHARS && h.length <= MAX_HEADLINE_CHARS && !namesSite(h, siteNames));
  // The <h1> when a title is it with a site name or a tail added.
  for (const heading of usable) {
    if (titles.some((title) => contains(title, heading))) return heading;
  }
  const best = titles[0];
  return best ? withoutSiteName(best, siteNames) : '';
}
