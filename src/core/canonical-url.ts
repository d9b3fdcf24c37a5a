/**
 * The key under which an article's reaction is stored: the page's own canonical link when it points to the
 * same site, otherwise the page URL without fragment and tracking parameters.
 */

const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|ref_url|spm|__twitter_impression|oly_(anon|enc)_id|vero_(conv|id)|s_cid|cmpid)$/i;

export function cleanUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  // forEach, not iteration: in Firefox content scripts the URL may come from the page's realm, whose
  // iterators are not iterable through the sandbox's wrappers.
  const names: string[] = [];
  url.searchParams.forEach((_value, name) => names.push(name));
  const tracking = names.filter((name) => TRACKING_PARAM.test(name));
  for (const name of tracking) url.searchParams.delete(name);
  // URLSearchParams re-encodes; keep an empty query out of the key.
  if (tracking.length === names.length) url.search = '';
  return url.href;
}

/**
 * Same site, conservatively: equal hosts ignoring `www.`, or one a subdomain of the other. Without the public
 * suffix list this never treats two different sites as one (it may treat two subdomains of a shared host
 * such as a blog platform as different, which only costs a less tidy key).
 */
export function isSameSite(a: URL, b: URL): boolean {
  if (a.protocol !== b.protocol && !(isHttp(a) && isHttp(b))) return false;
  const hostA = a.hostname.replace(/^www\./, '');
  const hostB = b.hostname.replace(/^www\./, '');
  return hostA === hostB || hostA.endsWith('.' + hostB) || hostB.endsWith('.' + hostA);
}

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

export function canonicalUrl(doc: Document, pageUrl: string): string {
  const page = new URL(pageUrl);
  const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')?.trim();
  if (href) {
    try {
      const canonical = new URL(href, page);
      if (isHttp(canonical) && isSameSite(canonical, page)) return cleanUrl(canonical.href);
    } catch {
      // A malformed canonical link is the page's mistake: fall back to the page URL.
    }
  }
  return cleanUrl(page.href);
}
