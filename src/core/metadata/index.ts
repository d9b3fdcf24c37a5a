import { metaContent } from '../page-meta';
import { normalizeSpace } from '../text';
import { bylineNearHeading, cleanByline } from './byline';
import { dateNearHeading } from './heading-date';
import { cleanHeadline } from './headline';
import { structuredArticle, type StructuredArticle } from './structured-data';

export { bylineInBody, removeBylineLines } from './byline-lines';
export { removeKickerLines } from './kicker-lines';
export { removeRepeatedHeadline } from './repeated-headline';

/** The header of an article: headline, byline, date and site, from every place a page says them. */
export interface ArticleHeader {
  title: string;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  structured: StructuredArticle | null;
}

/** What Readability read, which this refines. */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  siteName?: string | null;
}

const PLACEHOLDER_BYLINE = /^(?:by\s+)?(?:admin(?:istrator)?|author|editor|staff|user|unknown|null|undefined|anonymous|guest)$/i;

const MAIN_H1 = 'article h1, main h1, [role="main"] h1';

/**
 * The page's `<h1>` texts, those inside its article or main region first, then the rest: a slideshow's caption
 * may be the only `<h1>` inside the article while the headline sits above it.
 */
function mainHeadings(doc: Document): Element[] {
  const all = Array.from(doc.getElementsByTagName('h1'));
  const inMain = all.filter((h1) => h1.matches(MAIN_H1)).slice(0, 3);
  const rest = all.filter((h1) => !inMain.includes(h1)).slice(0, 3);
  return [...inMain, ...rest];
}

function hostNames(url: string): string[] {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host ? [host, host.split('.')[0]!] : [];
  } catch {
    return [];
  }
}

/** A site name some pages give as their address ("http://www.tmz.com") is shown as the host ("tmz.com"). */
export const siteNameShown = (name: string | null): string | null => name?.match(/^https?:\/\/(?:www\.)?([^/]+)\/?$/i)?.[1] ?? name;

export function articleHeader(doc: Document, parsed: ReadabilityMeta, url: string): ArticleHeader {
  const structured = structuredArticle(doc);
  const siteName = siteNameShown(normalizeSpace(parsed.siteName) || normalizeSpace(metaContent(doc, 'og:site_name')) || structured?.publisher || null);
  const siteNames = [siteName, structured?.publisher, metaContent(doc, 'application-name'), ...hostNames(url)].filter((name): name is string => !!name);
  const metaTitles = [structured?.headline, metaContent(doc, 'og:title'), metaContent(doc, 'twitter:title'), parsed.title].filter((title): title is string => !!normalizeSpace(title));
  const headings = mainHeadings(doc);
  const title = cleanHeadline({ documentTitle: normalizeSpace(doc.title), metaTitles, headings: headings.map((h1) => normalizeSpace(h1.textContent)), siteNames });
  // Readability's byline is a header line or a box of the page; structured data names the author as such.
  const readabilityByline = cleanByline(parsed.byline);
  const byline =
    (readabilityByline && !PLACEHOLDER_BYLINE.test(readabilityByline) ? readabilityByline : null) ??
    cleanByline(structured?.author) ??
    (headings[0] ? bylineNearHeading(headings[0]) : null);
  // Where no metadata dates the article, the line beside its headline may ("May 22, 2026").
  const publishedTime = normalizeSpace(parsed.publishedTime) || structured?.datePublished || (headings[0] ? dateNearHeading(headings[0]) : null);
  return { title, byline, publishedTime, siteName, structured };
}
