import pageExtractorScript from 'virtual:page-extractor-script';
import type { RestrictedReason } from '../core';
import browser from './browser';
import { PAGE_EXTRACTOR_GLOBAL, type ExtractRequest, type PageExtractor, type PageResult } from './messages';
import { isFirefoxPdfViewerIcon, reasonFromInjectionError, restrictedReason } from './restricted-pages';

export interface TabRef {
  id: number;
  /** Present when the extension may see it (activeTab was granted). */
  url?: string;
  favIconUrl?: string;
}

/** Runs in the page's isolated world: calls the installed extractor, or says it is not there yet. */
function callExtractor(globalName: string, request: ExtractRequest): PageResult | 'not-injected' {
  const extractor = (globalThis as Record<string, unknown>)[globalName] as PageExtractor | undefined;
  return extractor ? extractor.extract(request) : 'not-injected';
}

/** Firefox answers `[null]` instead of refusing on its privileged pages (about:robots). */
const REFUSED = 'refused';

async function runExtractor(tabId: number, request: ExtractRequest): Promise<PageResult | 'not-injected' | typeof REFUSED> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: callExtractor,
    args: [PAGE_EXTRACTOR_GLOBAL, request],
  });
  if (!frame) return REFUSED;
  return (frame.result as PageResult | 'not-injected' | undefined) ?? 'not-injected';
}

const restricted = (reason: RestrictedReason): PageResult => ({ kind: 'problem', problem: { kind: 'restricted', reason } });
const failed = (message: string): PageResult => ({ kind: 'problem', problem: { kind: 'error', message } });

/** Extracts the article of a tab, injecting the extractor the first time. Never throws: a failure is a problem. */
export async function extractFromTab(tab: TabRef, request: ExtractRequest): Promise<PageResult> {
  const known = restrictedReason(tab.url) ?? (isFirefoxPdfViewerIcon(tab.favIconUrl) ? 'pdf' : null);
  if (known) return restricted(known);
  try {
    let result = await runExtractor(tab.id, request);
    if (result === REFUSED) return restricted('not-allowed');
    if (result === 'not-injected') {
      // An absolute path: Firefox resolves a relative one against the calling page (src/popup/…).
      const [injected] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [pageExtractorScript] });
      // Firefox reports a script that failed to load in the result instead of rejecting.
      const failure = (injected as { error?: unknown } | undefined)?.error;
      if (failure) throw new Error(String(failure));
      result = await runExtractor(tab.id, request);
      if (result === REFUSED) return restricted('not-allowed');
    }
    return result === 'not-injected' ? failed('The page did not run the extractor.') : result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = reasonFromInjectionError(message, tab.url);
    return reason ? restricted(reason) : failed(message);
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
