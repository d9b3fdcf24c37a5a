/**
 * The popup benchmark's floor: three minimal extensions, written at bench time under artifacts/ (never
 * committed builds), loaded beside ours in the same browser so that what the browser itself costs is measured
 * in the same run as the card.
 *  - F0: a static popup and an empty service worker;
 *  - F1: F0 plus one `executeScript` round trip (it reads the page's title);
 *  - F2: F1 injecting our own built extractor (dist/) and printing its answer as text.
 * Each marks its paint as the card does (src/ui/paint-mark.ts: the next frame, then one task).
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PAGE_EXTRACTOR_GLOBAL } from '../../src/platform/messages';

export type FloorName = 'F0' | 'F1' | 'F2';

/** Sets `data-card-painted-at` and `data-head-painted-at` after the next frame and one task, as the card's marks. */
const MARK_PAINT = `function markPainted() {
  requestAnimationFrame(() => setTimeout(() => {
    const at = String(performance.timeOrigin + performance.now());
    document.documentElement.dataset.headPaintedAt = at;
    document.documentElement.dataset.cardPaintedAt = at;
  }));
}
function show(text) { document.getElementById('text').textContent = text; markPainted(); }
`;

const ACTIVE_TAB = `const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });`;

const POPUP_SCRIPTS: Record<FloorName, string> = {
  F0: `${MARK_PAINT}markPainted();\n`,
  F1: `${MARK_PAINT}${ACTIVE_TAB}
const [frame] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.title });
show(String(frame.result));
`,
  F2: `${MARK_PAINT}${ACTIVE_TAB}
// With the special-markup script where the build has one: one injection, as the popup's on a page that needs it.
await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: EXTRACTOR_FILES });
const [frame] = await chrome.scripting.executeScript({
  target: { tabId: tab.id },
  func: (name) => globalThis[name].extract({ force: false }),
  args: [${JSON.stringify(PAGE_EXTRACTOR_GLOBAL)}],
});
const result = frame.result;
// Builds before issue 18 answer a finished article, later ones the extracted page.
const article = result.page ?? result.article;
show(result.kind === 'article' ? [article.title, article.siteName, ...(article.summary ?? [])].join('\\n') : JSON.stringify(result));
`,
};

const POPUP_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>
<body style="width: 600px; margin: 0; font: 16px sans-serif"><pre id="text" style="white-space: pre-wrap">Floor</pre>
<script type="module" src="popup.js"></script></body></html>
`;

/**
 * Writes F0, F1 and F2 under `root` (F2 with `extractorScript`, the built injected script, and the special-markup
 * script beside it where the build has one) and returns their folders.
 */
export function writeFloorExtensions(root: string, extractorScript: string): Record<FloorName, string> {
  rmSync(root, { recursive: true, force: true });
  const dirs = {} as Record<FloorName, string>;
  for (const name of ['F0', 'F1', 'F2'] as const) {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    const manifest = {
      manifest_version: 3,
      name: `Popup floor ${name}`,
      version: '1.0.0',
      permissions: name === 'F0' ? [] : ['activeTab', 'scripting'],
      action: { default_title: `Popup floor ${name}`, default_popup: 'popup.html' },
      background: { service_worker: 'worker.js' },
    };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(join(dir, 'worker.js'), '// Empty: the floor has no background work.\n');
    writeFileSync(join(dir, 'popup.html'), POPUP_HTML);
    const special = join(dirname(extractorScript), 'special-markup.js');
    const files = existsSync(special) ? ['special-markup.js', 'page-extractor.js'] : ['page-extractor.js'];
    writeFileSync(join(dir, 'popup.js'), name === 'F2' ? `const EXTRACTOR_FILES = ${JSON.stringify(files)};\n${POPUP_SCRIPTS[name]}` : POPUP_SCRIPTS[name]);
    if (name === 'F2') {
      copyFileSync(extractorScript, join(dir, 'page-extractor.js'));
      if (existsSync(special)) copyFileSync(special, join(dir, 'special-markup.js'));
    }
    dirs[name] = dir;
  }
  return dirs;
}
