import type { RemovedClutter } from '../../src/core/article';
import { declutter, RemovalReport, type BlockScorer } from '../../src/core/declutter';
import type { ClutterRule } from '../../src/core/declutter/rule';
import { documentFrom } from './fixtures';

/**
 * Declutters an HTML snippet (in a page body) with the given rules; returns what is left and the report. Given
 * rules, only they judge (no learned scorer), so a rule's test sees that rule alone; without, the whole engine runs.
 */
export function declutterHtml(html: string, rules?: readonly ClutterRule[], scorer?: BlockScorer | null): { body: HTMLElement; text: string; removed: RemovedClutter[] } {
  const doc = documentFrom(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const report = new RemovalReport();
  declutter(doc.body, report, rules, scorer !== undefined ? scorer : rules ? null : undefined);
  return { body: doc.body, text: (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim(), removed: report.summary() };
}

/** A paragraph of article prose, long enough to count as such. */
export const PROSE =
  'The council voted on Tuesday to approve the plan after a long debate in which members argued about the cost, the timetable and the effect of the works on the shops along the route.';
