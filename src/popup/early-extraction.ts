/**
 * The popup's first extraction, asked for by the boot script before Preact and the card have loaded, with the
 * card of it asked for in the same breath (src/platform/page-extraction.ts). The state machine takes it (once)
 * instead of asking again; "Try again" and "Try anyway" ask afresh.
 */
import { targetTab, type TabRef } from '../platform/page-extraction';
import { extractWithCardFromTab, type ExtractionWithCard } from '../platform/popup-extraction';

export interface EarlyExtraction {
  tab: Promise<TabRef | null>;
  result: Promise<ExtractionWithCard | null>;
}

let early: EarlyExtraction | null = null;

/** Finds the popup's tab and starts reading it; never rejects (a failure is the state machine's to meet again). */
export function startExtraction(search: string): void {
  const tab = targetTab(search);
  const result = tab.then((found) => (found ? extractWithCardFromTab(found, { force: false }) : null));
  tab.catch(() => undefined);
  result.catch(() => undefined);
  early = { tab, result };
}

/** The early extraction, the first time it is asked for; null after that or when none was started. */
export function takeEarlyExtraction(): EarlyExtraction | null {
  const taken = early;
  early = null;
  return taken;
}
