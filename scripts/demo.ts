/**
 * `npm run demo`: serves the bundled demo article on 127.0.0.1, launches Chromium with the built extension,
 * clicks the toolbar action and shows the popup. Headed when a display exists (the window stays open until
 * you close it), headless otherwise. Either way it writes a screenshot and prints the extracted card.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtensionBrowser } from '../tests/harness/extension-browser';
import { startFixtureServer } from '../tests/harness/fixture-server';

const SCREENSHOT = resolve('artifacts/demo-popup.png');

interface Card {
  site: string;
  title: string;
  meta: string;
  summary: string[];
  image: { src: string; alt: string } | null;
  reactions: string[];
}

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startFixtureServer();
const browser = await launchExtensionBrowser({ headless });
try {
  const page = await browser.context.newPage();
  const url = `${server.origin}/seed-article/`;
  await page.goto(url);
  const popup = await browser.clickAction(page);
  await popup.waitFor("document.querySelector('.card:not(:has(.summary.pending)), .status-message')");
  await popup.waitFor('[...document.images].every((img) => img.complete)');
  mkdirSync('artifacts', { recursive: true });
  await popup.screenshot(SCREENSHOT);
  const card = await popup.evaluate<Card | null>(`(() => {
    const card = document.querySelector('.card');
    if (!card) return null;
    const img = card.querySelector('.lead-image img');
    return {
      site: card.querySelector('.source').textContent,
      title: card.querySelector('.title').textContent,
      meta: card.querySelector('.meta').textContent,
      summary: [...card.querySelectorAll('.summary li')].map((li) => li.textContent),
      image: img ? { src: img.getAttribute('src'), alt: img.getAttribute('alt') } : null,
      reactions: [...card.querySelectorAll('[role=radio]')].map((b) => b.textContent.trim()),
    };
  })()`);
  if (!card) {
    console.error(`The popup showed a message instead of the card: ${await popup.evaluate<string>('document.body.innerText')}`);
    process.exitCode = 1;
  } else {
    console.log(`Page:       ${url}`);
    console.log(`Site:       ${card.site}`);
    console.log(`Title:      ${card.title}`);
    console.log(`Meta:       ${card.meta}`);
    console.log(`Lead image: ${card.image ? `${card.image.src} ("${card.image.alt}")` : 'none'}`);
    console.log('Summary:');
    for (const sentence of card.summary) console.log(`  - ${sentence}`);
    console.log(`Reactions:  ${card.reactions.join('  ')}`);
  }
  console.log(`Screenshot: ${SCREENSHOT}`);
  if (!headless) {
    console.log('The browser stays open: close its window to end the demo.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
