/**
 * `npm run bench:popup`: time from triggering the toolbar action to the card painted, on the seed page, in
 * real Chromium. Reports the median (and the spread) of N runs; nothing is asserted.
 */
import { launchExtensionBrowser } from '../tests/harness/extension-browser';
import { startFixtureServer } from '../tests/harness/fixture-server';
import { percentile } from './lib/stats';

const RUNS = Number(process.env.RUNS ?? 10);
const server = await startFixtureServer();
const browser = await launchExtensionBrowser();
const paint: number[] = [];
const extraction: number[] = [];
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/seed-article/`);
  for (let run = 0; run < RUNS + 1; run++) {
    const triggered = Date.now();
    const popup = await browser.clickAction(page);
    await popup.waitFor('document.documentElement.dataset.cardPaintedAt');
    const paintedAt = Number(await popup.evaluate<string>('document.documentElement.dataset.cardPaintedAt'));
    const extractionMs = Number(await popup.evaluate<string>('document.documentElement.dataset.extractionMs'));
    await popup.close();
    // The first run pays for the injection and JIT warm-up; it is reported separately.
    if (run === 0) console.log(`first (cold) run: ${(paintedAt - triggered).toFixed(0)} ms`);
    else {
      paint.push(paintedAt - triggered);
      extraction.push(extractionMs);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`action → card painted, seed page, ${RUNS} warm runs: median ${percentile(paint, 50).toFixed(0)} ms (min ${Math.min(...paint).toFixed(0)}, max ${Math.max(...paint).toFixed(0)})`);
console.log(`extraction inside the page: median ${percentile(extraction, 50).toFixed(1)} ms`);
