/**
 * Pages no extension may script, known from the URL alone, so the popup can say why at once instead of
 * failing on injection.
 */
export type RestrictedReason = 'browser-page' | 'web-store' | 'pdf' | 'local-file' | 'not-web' | 'not-allowed';

const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|view-source|resource|javascript):/i;
const WEB_STORES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

export function restrictedReason(url: string | undefined): RestrictedReason | null {
  if (!url) return null;
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (WEB_STORES.some((store) => store.test(url))) return 'web-store';
  if (/^(data|blob|filesystem):/i.test(url)) return 'not-web';
  let pathname = '';
  try {
    pathname = new URL(url).pathname;
  } catch {
    return 'not-web';
  }
  if (/\.pdf$/i.test(pathname)) return 'pdf';
  return null;
}

/**
 * Firefox shows a PDF in its own viewer under the PDF's address, which need not end in `.pdf`; the tab's
 * icon is the viewer's then, the only sign of it an extension may see.
 */
export function isFirefoxPdfViewerIcon(favIconUrl: string | undefined): boolean {
  return favIconUrl === 'chrome://global/skin/icons/pdf.svg';
}

/** Maps the browser's injection error to a reason, for pages the URL did not give away. */
export function reasonFromInjectionError(message: string, url: string | undefined): RestrictedReason | null {
  if (/extensions gallery|web ?store/i.test(message)) return 'web-store';
  if (/file:\/\//i.test(message) || url?.startsWith('file:')) return 'local-file';
  if (/pdf/i.test(message)) return 'pdf';
  if (/chrome:\/\/|edge:\/\/|about:/i.test(message)) return 'browser-page';
  // The URL was hidden from us and the browser refused: a protected page we cannot name more precisely.
  if (/cannot access|cannot be scripted|missing host permission|no permission/i.test(message)) return 'not-allowed';
  return null;
}
