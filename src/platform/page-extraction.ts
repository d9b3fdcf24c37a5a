import browser from './browser';
import { PAGE_EXTRACTOR_GLOBAL, type ExtractRequest, type ExtractResponse, type PageExtractor } from './messages';
import { isFirefoxPdfViewerIcon, reasonFromInjectionError, restrictedReason, type RestrictedReason } from './restricted-pages';
import pageExtractorScript from '../content/page-extractor.ts?iife';

export interface TabRef {
  id: number;
  /** Present when the extension may see it (activeTab was granted). */
  url?: string;
  favIconUrl?: string;
}

export type PageResult = ExtractResponse | { status: 'restricted'; reason: RestrictedReason };

/** Runs in the page's isolated world: calls the installed extractor, or says it is not there yet. */
function callExtractor(globalName: string, request: ExtractRequest): ExtractResponse | 'not-injected' {
  const extractor = (globalThis as Record<string, unknown>)[globalName] as PageExtractor | undefined;
  return extractor ? extractor.extract(request) : 'not-injected';
}

/** Firefox answers `[null]` instead of refusing on its privileged pages (about:robots). */
const REFUSED = 'refused';

async function runExtractor(tabId: number, request: ExtractRequest): Promise<ExtractResponse | 'not-injected' | typeof REFUSED> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: callExtractor,
    args: [PAGE_EXTRACTOR_GLOBAL, request],
  });
  if (!frame) return REFUSED;
  return (frame.result as ExtractResponse | 'not-injected' | undefined) ?? 'not-injected';
}

/** Extracts the article of a tab, injecting the extractor the first time. */
export async function extractFromTab(tab: TabRef, request: ExtractRequest): Promise<PageResult> {
  const known = restrictedReason(tab.url) ?? (isFirefoxPdfViewerIcon(tab.favIconUrl) ? 'pdf' : null);
  if (known) return { status: 'restricted', reason: known };
  try {
    let result = await runExtractor(tab.id, request);
    if (result === REFUSED) return { status: 'restricted', reason: 'not-allowed' };
    if (result === 'not-injected') {
      // Absolute path: Firefox resolves a relative one against the calling page (src/popup/…).
      const [injected] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [`/${pageExtractorScript}`] });
      // Firefox reports a script that failed to load in the result instead of rejecting.
      const failure = (injected as { error?: unknown } | undefined)?.error;
      if (failure) throw new Error(String(failure));
      result = await runExtractor(tab.id, request);
      if (result === REFUSED) return { status: 'restricted', reason: 'not-allowed' };
    }
    return result === 'not-injected' ? { status: 'error', message: 'The page did not run the extractor.' } : result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = reasonFromInjectionError(message, tab.url);
    return reason ? { status: 'restricted', reason } : { status: 'error', message };
  }
}

/** The tab the popup is about: `?tab=ID` when a test or the reader opens it in a tab, else the active tab. */
export async function targetTab(search: string): Promise<TabRef | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(requested) && requested > 0
    ? await browser.tabs.get(requested)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, favIconUrl: tab.favIconUrl };
}
