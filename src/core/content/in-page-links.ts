/**
 * Links to a place on the page itself written as full addresses (`https://site/post#footnote-3`, as Substack and
 * other CMSs write footnote marks) become the fragment alone (`#footnote-3`), on the private copy: they are
 * in-page links, and every later stage (footnote marks in the declutter engine and the summariser, the
 * sanitiser's footnote ids) recognises those by the fragment form. Readability leaves `#…` links as they are.
 * The page is its address and the address it names as its own (canonical link, `og:url`): a saved copy or a
 * tracking parameter changes the first, not the second.
 */
export function fragmentLinks(root: Element, base: string): void {
  // The page's own addresses are read only for a page with such links: most have none.
  let pages: URL[] | null = null;
  for (const link of Array.from(root.querySelectorAll('a[href*="#"]'))) {
    const href = link.getAttribute('href')!;
    if (href.startsWith('#')) continue;
    pages ??= ownAddresses(root.ownerDocument, base);
    if (pages.length === 0) return;
    const target = parse(href, base);
    if (target && target.hash.length > 1 && pages.some((page) => samePage(target, page))) link.setAttribute('href', target.hash);
  }
}

function ownAddresses(doc: Document, base: string): URL[] {
  const named = [
    doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content'),
  ];
  return [base, ...named].map((address) => (address ? parse(address, base) : null)).filter((url): url is URL => url !== null);
}

function parse(address: string, base: string): URL | null {
  try {
    const url = new URL(address, base);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:' ? url : null;
  } catch {
    return null;
  }
}

function samePage(a: URL, b: URL): boolean {
  return a.host === b.host && a.pathname.replace(/\/$/, '') === b.pathname.replace(/\/$/, '') && a.search === b.search;
}
