/**
 * Where the pipeline's time goes: the real `extractArticle`, timed stage by stage through its `onStage` hook.
 * DOM only (no jsdom import), so the same code is bundled into a page for the Chromium figures.
 */
import { extractArticle, PIPELINE_STAGES, type PipelineStage } from '../../src/core/extract';

/** Milliseconds per stage of one run. */
export type StageTimes = Record<PipelineStage, number>;

export function timeStages(doc: Document, url: string): StageTimes {
  const times = Object.fromEntries(PIPELINE_STAGES.map((stage) => [stage, 0])) as StageTimes;
  extractArticle(doc, { url, force: true, onStage: (stage, ms) => (times[stage] += ms) });
  return times;
}
