/**
 * The prepare stage (lazy images, content made plain, hidden content revealed: what runs on the private copy
 * before Readability) timed feature by feature, in the pipeline's order, on one fresh copy of `doc` per call.
 * DOM only (no jsdom import), so the same code is bundled into a page for the Chromium figures.
 */
import { Readability } from '@mozilla/readability';
import { cloneForExtraction } from '../../src/core/clone-document';
import { captionDetachedPhotos } from '../../src/core/content/alt-captions';
import { normalizeCallouts } from '../../src/core/content/callouts';
import { normalizeCodeBlocks } from '../../src/core/content/code-blocks';
import { embedCards } from '../../src/core/content/embeds';
import { captionFigures } from '../../src/core/content/figures';
import { fragmentLinks } from '../../src/core/content/in-page-links';
import { normalizeMath } from '../../src/core/content/math';
import { removePageContents } from '../../src/core/content/page-contents';
import { keepSectionHeadings } from '../../src/core/content/section-headings';
import { restoreLazyImages } from '../../src/core/lazy-images';
import { revealHiddenContent } from '../../src/core/reveal-hidden-content';

/** The features in the order `runPipeline` and `prepareContent` call them. */
const FEATURES: [string, (copy: Document, base: string) => unknown][] = [
  ['lazyImages', (copy) => restoreLazyImages(copy.body)],
  ['fragmentLinks', (copy, base) => fragmentLinks(copy.body, base)],
  ['pageContents', (copy) => removePageContents(copy.body)],
  ['codeBlocks', (copy) => normalizeCodeBlocks(copy.body)],
  ['math', (copy) => normalizeMath(copy.body)],
  ['embeds', (copy, base) => embedCards(copy.body, base)],
  ['callouts', (copy) => normalizeCallouts(copy.body)],
  ['figures', (copy) => captionFigures(copy.body)],
  ['altCaptions', (copy) => captionDetachedPhotos(copy.body)],
  ['sectionHeadings', (copy) => keepSectionHeadings(copy.body)],
  ['revealHidden', (copy) => revealHiddenContent(copy)],
];

export { timeStages } from './stage-times';

export const PREPARE_FEATURES = ['clone', ...FEATURES.map(([name]) => name), 'readability'];

/** Milliseconds per feature of one run, with the clone before and Readability after on the prepared copy. */
export function timePrepareFeatures(doc: Document, url: string): Record<string, number> {
  const times: Record<string, number> = {};
  let last = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = now - last;
    last = now;
  };
  const copy = cloneForExtraction(doc, url);
  lap('clone');
  for (const [name, run] of FEATURES) {
    if (copy.body) run(copy, url);
    lap(name);
  }
  new Readability(copy, { keepClasses: true }).parse();
  lap('readability');
  return times;
}
