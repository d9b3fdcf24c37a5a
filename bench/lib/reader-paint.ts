import type { ExtensionBrowser } from '../../tests/harness/extension-browser';
import { openReaderFromPopup } from '../../tests/harness/reader';
import { median, percentile } from './stats';

export interface ReaderPaint {
  page: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/**
 * Time from the click on "Read" in the popup to the article painted in the reader (the reader marks the frame
 * after the body is in the document), `runs` times after one cold run, each from a fresh load of `url`.
 */
export async function readerPaint(browser: ExtensionBrowser, page: string, url: string, runs: number): Promise<ReaderPaint> {
  const times: number[] = [];
  const tab = await browser.context.newPage();
  try {
    for (let run = 0; run <= runs; run++) {
      await tab.goto(url, { waitUntil: 'domcontentloaded' });
      const clickedAt = await openReaderFromPopup(browser, tab);
      const paintedAt = Number(await tab.evaluate(() => document.documentElement.dataset.bodyPaintedAt));
      if (run > 0) times.push(paintedAt - clickedAt);
    }
  } finally {
    await tab.close();
  }
  return { page, runs, medianMs: median(times), p95Ms: percentile(times, 95) };
}
