import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import type { ChromiumSession } from '../harness/chromium-session';
import { FIXTURES_ROOT } from '../harness/fixture-server';
import { artifactPath, eventually } from '../harness/views';
import { test } from './fixtures';
import { openReader } from './flows/reader';
import type { ReaderPage } from './pages/reader';

/**
 * The long fixture article (a V8 blog post from Readability's test pages, also a host of the widget corpus)
 * has nine section headings; these are their words, in the page's order.
 */
const HEADINGS = [
  'Using standalone mode in Emscripten',
  'Write your own JavaScript loader',
  'Running in Wasm runtimes',
  'Building Wasm plugins',
  "WebAssembly's two standard APIs",
  "Let's unify as much as possible",
  'Do we need non-standalone Wasm?',
  'Necessary API differences',
  'Current status',
];

async function longArticle(session: ChromiumSession, width: number): Promise<ReaderPage> {
  const tab = await session.newTab(`${session.server.origin}/widget-hosts/v8-blog.html`);
  await tab.setViewport(width, 900);
  const reader = await openReader(session, tab);
  // Scrolling jumps at once, so each step is measured where it ends.
  await session.pageOf(tab).emulateMedia({ reducedMotion: 'reduce' });
  // The toolbar's last line (read aloud unavailable, where the browser has no voice) is drawn once the check ends.
  await eventually(() => reader.readAloud(), (now) => now.availability !== 'checking', 'the read aloud check');
  await reader.rendered();
  return reader;
}

test('the progress bar and "N min left" follow the reading', async ({ session }) => {
  const reader = await longArticle(session, 1440);
  const start = await reader.progress();
  const minutes = Number(/(\d+)/.exec((await reader.article()).readingTime)![1]);
  assert.deepEqual(start, { percent: 0, timeLeft: `${minutes} min left`, minutesLeft: minutes });

  await reader.scrollToShare(0.5);
  const middle = await reader.progress();
  assert.ok(middle.percent > 20 && middle.percent < 80, `half way down: ${middle.percent} %`);
  assert.ok(middle.minutesLeft > 0 && middle.minutesLeft < minutes, `half way down: ${middle.timeLeft}`);
  await reader.tab.screenshot(artifactPath('reading-aids-progress-1440.png'));

  await reader.scrollToShare(1);
  assert.deepEqual(await reader.progress(), { percent: 100, timeLeft: 'Read to the end', minutesLeft: 0 });
  await reader.tab.close();
});

test('the table of contents is a panel beside the article on wide windows and a menu on narrow ones', async ({ session }) => {
  const reader = await longArticle(session, 1440);
  const wide = await reader.tableOfContents();
  assert.deepEqual({ where: wide.where, entries: wide.entries }, { where: 'panel', entries: HEADINGS });
  await reader.pickHeading(6);
  await eventually(() => reader.headingUnderToolbar(), (index) => index === 6, 'the heading under the toolbar');
  await eventually(() => reader.tableOfContents(), (toc) => toc.current === HEADINGS[6], 'the current entry');
  // The panel never covers the article.
  const overlap = await reader.tab.evaluate(() => {
    const panel = document.querySelector('.toc-aside')!.getBoundingClientRect();
    const article = document.querySelector('article.article')!.getBoundingClientRect();
    return panel.right > article.left && panel.left < article.right;
  });
  assert.equal(overlap, false);
  await reader.tab.screenshot(artifactPath('reading-aids-toc-1440.png'));

  for (const width of [390, 768]) {
    await reader.tab.setViewport(width, 900);
    await reader.rendered();
    const narrow = await reader.tableOfContents();
    assert.deepEqual({ where: narrow.where, entries: narrow.entries }, { where: 'menu', entries: HEADINGS }, `at ${width} px`);
  }
  await reader.tab.click('.toolbar-menu.contents > summary');
  await reader.tab.screenshot(artifactPath('reading-aids-toc-menu-768.png'));
  await reader.tab.click('.toc-list a', { index: 2 });
  await eventually(() => reader.headingUnderToolbar(), (index) => index === 2, 'the heading under the toolbar');
  assert.equal(await reader.tab.evaluate(() => document.querySelector<HTMLDetailsElement>('.toolbar-menu.contents')!.open), false, 'the menu closes once a heading is picked');

  // A short article (one heading) has none.
  const short = await session.newTab(`${session.server.origin}/seed-article/?toc`);
  const shortReader = await openReader(session, short);
  assert.equal((await shortReader.tableOfContents()).where, 'none');
  await short.close();
  await reader.tab.close();
});

test('keys page the article: Space and Shift+Space, j and k by paragraph, ] and [ by heading, ? lists them', async ({ session }) => {
  const reader = await longArticle(session, 1024);
  const height = await reader.tab.evaluate(() => innerHeight);
  await reader.press('Space');
  await eventually(() => reader.scrollY(), (y) => y > height / 2 && y < height, 'a page down');
  const paged = await reader.scrollY();
  await reader.press('Shift+Space');
  await eventually(() => reader.scrollY(), (y) => y === 0, 'back to the top');

  // j steps forward one block at a time, k back.
  const stops: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const before = await reader.scrollY();
    await reader.press('j');
    stops.push(await eventually(() => reader.scrollY(), (y) => y > before, `block ${i + 1}`));
  }
  assert.ok(stops[2]! - stops[0]! < paged, 'j moves by less than a page');
  await reader.press('k');
  await eventually(() => reader.scrollY(), (y) => y === stops[1], 'k back one block');

  // ] and [ go from heading to heading.
  await reader.scrollToShare(0);
  for (const expected of [0, 1, 2]) {
    await reader.press(']');
    await eventually(() => reader.headingUnderToolbar(), (index) => index === expected, `] to “${HEADINGS[expected]}”`);
  }
  await reader.press('[');
  await eventually(() => reader.headingUnderToolbar(), (index) => index === 1, '[ back one heading');

  // ? opens the list of keys; Esc closes it and stays in the reader.
  await reader.press('?');
  const help = await eventually(() => reader.keyHelp(), (now) => now.open, 'the keys overlay');
  assert.deepEqual(help.rows, [
    'Space: Next page',
    'Shift + Space: Previous page',
    'j: Next paragraph',
    'k: Previous paragraph',
    ']: Next heading',
    '[: Previous heading',
    '+: Larger text',
    '−: Smaller text',
    't: Next theme',
    '?: Show or hide this list',
    'Esc: Close a panel, then back to the page',
  ]);
  await reader.tab.screenshot(artifactPath('reading-aids-keys-1024.png'));
  await reader.tab.press('Escape');
  await eventually(() => reader.keyHelp(), (now) => !now.open, 'the overlay to close');
  await reader.rendered();
  assert.ok((await reader.tab.url()).includes('/src/reader/index.html'), 'Esc on the overlay does not leave the reader');
  await reader.tab.close();
});

/** The golden files were written for a server at this origin. */
const GOLDEN_ORIGIN = 'http://127.0.0.1:8000';

test('Save: Markdown (copied and downloaded) and the HTML file of the demo article match their golden files; print hides the tools', async ({ session, extension }) => {
  const tab = await session.newTab(`${session.server.origin}/seed-article/`);
  const reader = await openReader(session, tab);
  const local = (text: string) => text.replaceAll(session.server.origin, GOLDEN_ORIGIN);
  const golden = (name: string) => readFileSync(`${FIXTURES_ROOT}export/${name}`, 'utf8');

  // The Markdown is the command line's (the golden file is `npm run extract -- --format markdown`'s output).
  const markdown = await reader.saveFile('download-markdown');
  writeFileSync(artifactPath('export-seed-article.md'), local(markdown.content.toString('utf8')));
  assert.equal(markdown.fileName, 'zuckerberg-says-meta-won-t-slow-down-ai-spend-despite-deepseek-s-breakthrough.md');
  assert.equal(local(markdown.content.toString('utf8')), golden('seed-article.md'));
  assert.match(await reader.saveStatus(), /^Saved as zuckerberg-.*\.md\.$/);

  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await reader.save('copy-markdown');
  await eventually(() => reader.saveStatus(), (text) => text === 'Copied as Markdown.', 'the copy');
  assert.equal(local(await tab.evaluate(() => navigator.clipboard.readText())), golden('seed-article.md'));

  const html = await reader.saveFile('download-html');
  writeFileSync(artifactPath('export-seed-article.html'), local(html.content.toString('utf8')));
  assert.equal(html.fileName, 'zuckerberg-says-meta-won-t-slow-down-ai-spend-despite-deepseek-s-breakthrough.html');
  assert.equal(local(html.content.toString('utf8')), golden('seed-article.html'));

  // Embedded on request: every image of the article is inside the file, none is fetched from a server.
  const embedded = (await reader.saveFile('download-html', { embedImages: true })).content.toString('utf8');
  const sources = [...embedded.matchAll(/<img[^>]*\ssrc="([^"]*)"/g)].map((match) => match[1]!);
  assert.ok(sources.length > 0);
  for (const src of sources) assert.match(src, /^data:image\/(jpeg|png);base64,/);
  assert.ok(!/\ssrcset=/.test(embedded));
  assert.match(await reader.saveStatus(), /with its \d+ images inside\.$/);

  // Print: the article only.
  const page = session.pageOf(tab);
  await page.emulateMedia({ media: 'print' });
  const printed = await tab.evaluate(() => ['.toolbar', '.toc-aside', '.react', '.key-help'].map((selector) => {
    const el = document.querySelector(selector);
    return el ? getComputedStyle(el).display : 'none';
  }));
  assert.deepEqual(printed, ['none', 'none', 'none', 'none']);
  await page.emulateMedia({ media: 'screen' });
  await tab.close();
});
