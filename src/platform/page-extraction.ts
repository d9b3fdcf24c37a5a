import pageExtractorScript from 'virtual:page-extractor-script';
import pageFinisherScript from 'virtual:page-finisher-script';
import specialMarkupScript from 'virtual:special-markup-script';
import { SPECIAL_MARKUP_HINT, type ExtractedPage, type RestrictedReason } from '../core';
import browser from './browser';
import {
  NOT_KEPT,
  PAGE_EXTRACTOR_GLOBAL,
  PAGE_FINISHER_GLOBAL,
  SPECIAL_MARKUP_GLOBAL,
  type ExtractRequest,
  type PageAnswer,
  type PageExtractor,
  type PageFinisher,
  type PageResult,
} from './messages';
import { isFirefoxPdfViewerIcon, reasonFromInjectionError, restrictedReason } from './restricted-pages';

export interface TabRef {
  id: number;
  /** Present when the extension may see it (activeTab was granted). */
  url?: string;
  favIconUrl?: string;
}

/** The scripts a page may lack, by the name the page's answer gives them. */
const SCRIPT_FILES = { extractor: pageExtractorScript, special: specialMarkupScript, finisher: pageFinisherScript };
type ScriptName = keyof typeof SCRIPT_FILES;

/** The page's answer where a script it needs is not there yet: which, in the order they are injected. */
interface Missing {
  missing: ScriptName[];
}

/**
 * Runs in the page's isolated world: calls the installed extractor (and, when named, the finisher on what it
 * extracted), or says which scripts are not there yet. Before the extractor is there, one look at the page
 * (`specialHint`) says whether the special-markup script goes with it; the extractor's own check on its copy
 * of the page has the last word. Where the popup finishes in a later round (`finisherName` null) and the page
 * holds the finisher already (`laterFinisherName`), the page starts on the card's key points as soon as this
 * answer is on its way, so that round finds them computed instead of computing them while the popup waits.
 */
function callExtractor(
  extractorName: string,
  finisherName: string | null,
  laterFinisherName: string,
  specialName: string,
  specialHint: string,
  request: ExtractRequest,
): PageAnswer | PageResult | Missing {
  const scope = globalThis as Record<string, unknown>;
  const extractor = scope[extractorName] as PageExtractor | undefined;
  const finisher = finisherName === null ? null : (scope[finisherName] as PageFinisher | undefined);
  if (!extractor || finisher === undefined) {
    const missing: ScriptName[] = [];
    if (!extractor) missing.push('extractor');
    if (!extractor && scope[specialName] === undefined && document.querySelector(specialHint) !== null) missing.push('special');
    if (finisher === undefined) missing.push('finisher');
    return { missing };
  }
  const answer = extractor.extract(request);
  if (answer.kind === 'needs-special-markup') return { missing: ['special'] };
  if (!finisher && answer.kind === 'article') {
    const later = scope[laterFinisherName] as PageFinisher | undefined;
    // A task of its own: the answer leaves first. The card is kept with the extraction (page-finisher.ts).
    // Should it fail, the later round meets the failure itself.
    if (later) {
      setTimeout(() => {
        try {
          later.finishCard(answer.pageId, null);
        } catch {
          /* reported by the later round */
        }
      });
    }
  }
  if (!finisher || answer.kind !== 'article') return answer;
  const { page, ...rest } = answer;
  return { ...rest, article: finisher.finish(answer.pageId, page) };
}

/** Firefox answers `[null]` instead of refusing on its privileged pages (about:robots). */
const REFUSED = 'refused';

async function runExtractor<T>(tabId: number, finish: boolean, request: ExtractRequest): Promise<T | Missing | typeof REFUSED> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: callExtractor,
    // Separate arguments: Chromium drops an object's null fields on the way to the page.
    args: [PAGE_EXTRACTOR_GLOBAL, finish ? PAGE_FINISHER_GLOBAL : null, PAGE_FINISHER_GLOBAL, SPECIAL_MARKUP_GLOBAL, SPECIAL_MARKUP_HINT, request],
  });
  if (!frame) return REFUSED;
  return (frame.result as T | Missing | undefined) ?? { missing: ['extractor'] };
}

const isMissing = (result: unknown): result is Missing => typeof result === 'object' && result !== null && 'missing' in result;

/** Injects files into a tab; throws when one fails to load. */
async function inject(tabId: number, files: string[]): Promise<void> {
  // Absolute paths: Firefox resolves a relative one against the calling page (src/popup/…).
  const [injected] = await browser.scripting.executeScript({ target: { tabId }, files });
  // Firefox reports a script that failed to load in the result instead of rejecting.
  const failure = (injected as { error?: unknown } | undefined)?.error;
  if (failure) throw new Error(String(failure));
}

/**
 * Runs `call` in a tab; when the page answers that our script is not there yet, injects `files` and runs it once
 * more. Throws when a script fails to load.
 */
async function callInjecting<T>(tabId: number, call: () => Promise<T | 'not-injected'>, files: string[]): Promise<T | 'not-injected'> {
  const result = await call();
  if (result !== 'not-injected') return result;
  await inject(tabId, files);
  return call();
}

type Problem = Extract<PageAnswer, { kind: 'problem' }>;
const restricted = (reason: RestrictedReason): Problem => ({ kind: 'problem', problem: { kind: 'restricted', reason } });
const failed = (message: string): Problem => ({ kind: 'problem', problem: { kind: 'error', message } });

/**
 * Asks the page twice at most after the first call: once the extractor (and what the first look asked for) is
 * injected, once more where the extractor's copy of the page turned out to need the special-markup script.
 */
const INJECTION_ROUNDS = 2;

/**
 * Reads a tab, injecting the scripts the first time; `injected` is called after each injection, just before the
 * extractor is called again. Never throws: a failure is a problem.
 */
async function readTab<T extends PageAnswer | PageResult>(tab: TabRef, request: ExtractRequest, finish: boolean, injected?: () => void): Promise<T | Problem> {
  const known = restrictedReason(tab.url) ?? (isFirefoxPdfViewerIcon(tab.favIconUrl) ? 'pdf' : null);
  if (known) return restricted(known);
  try {
    let result = await runExtractor<T>(tab.id, finish, request);
    for (let round = 0; round < INJECTION_ROUNDS && isMissing(result); round++) {
      await inject(tab.id, result.missing.map((name) => SCRIPT_FILES[name]));
      injected?.();
      result = await runExtractor<T>(tab.id, finish, request);
    }
    if (result === REFUSED) return restricted('not-allowed');
    return isMissing(result) ? failed('The page did not run the extractor.') : result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = reasonFromInjectionError(message, tab.url);
    return reason ? restricted(reason) : failed(message);
  }
}

/**
 * Extracts the article of a tab, for a view that finishes it itself (src/ui/finish-page.ts): the popup, which
 * asks the page for the card's head in the round before the extraction's, and again through `injected` where
 * the extractor had to be injected first.
 */
export function extractFromTab(tab: TabRef, request: ExtractRequest, injected?: () => void): Promise<PageAnswer> {
  return readTab<PageAnswer>(tab, request, false, injected);
}

/** Extracts and finishes the article of a tab in the page, for a view with no DOM of its own: the background. */
export function readArticleFromTab(tab: TabRef, request: ExtractRequest): Promise<PageResult> {
  return readTab<PageResult>(tab, request, true);
}

/**
 * Runs in the page's isolated world: asks the installed finisher for the card of the kept extraction `id`
 * (given `page` when the page no longer holds it), or for its whole article; or says it is not there yet.
 */
function callFinisher(finisherName: string, ask: 'card' | 'article', id: string, page: ExtractedPage | null): unknown {
  const finisher = (globalThis as Record<string, unknown>)[finisherName] as PageFinisher | undefined;
  if (!finisher) return 'not-injected';
  return ask === 'card' ? finisher.finishCard(id, page) : finisher.keptArticle(id);
}

/** One finisher round in a tab, injecting the finisher the first time; throws when the tab cannot run it. */
async function askFinisher(tabId: number, ask: 'card' | 'article', id: string, page: ExtractedPage | null): Promise<unknown> {
  const run = async () => {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: callFinisher, args: [PAGE_FINISHER_GLOBAL, ask, id, page] });
    return frame?.result ?? 'not-injected';
  };
  const result = await callInjecting(tabId, run, [pageFinisherScript]);
  if (result === 'not-injected') throw new Error('The page did not run the finisher.');
  return result;
}

/**
 * Finishes in the page what the card shows of an article the page extracted (key points, checked language), in
 * a second round after the extraction's answer, for the popup, which shows the card's head from the first answer
 * meanwhile. This costs less than loading the finishing module into the popup (measured with `npm run
 * bench:popup`). The round sends only the id of the extraction the page kept; when the page no longer holds it
 * (reloaded, extracted again), a second round sends `page` itself. Throws when the tab cannot run it (closed,
 * navigated to a page scripts may not run in); the popup then finishes the article itself. The answer is as
 * untrusted as the extractor's.
 */
export async function finishCardInTab(tabId: number, pageId: string, page: ExtractedPage): Promise<unknown> {
  const card = await askFinisher(tabId, 'card', pageId, null);
  return card === NOT_KEPT ? askFinisher(tabId, 'card', pageId, page) : card;
}

/**
 * The whole article (sanitised body) of the extraction `pageId` the page kept, for "Read" and keeping: the body
 * crosses to the popup only then. `NOT_KEPT` when the page no longer holds it; throws when the tab cannot run
 * the finisher. As untrusted as the extractor's answer.
 */
export function keptArticleInTab(tabId: number, pageId: string): Promise<unknown> {
  return askFinisher(tabId, 'article', pageId, null);
}

/** The tab the popup is about: `?tab=ID` when a test or the reader opens it in a tab, else the active tab. */
export async function targetTab(search: string): Promise<TabRef | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(requested) && requested > 0
    ? await browser.tabs.get(requested)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, favIconUrl: tab.favIconUrl };
}
