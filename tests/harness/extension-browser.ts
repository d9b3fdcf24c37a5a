/// <reference types="chrome" />
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium-path';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /**
   * Clicks the real toolbar action for the tab showing `page` (grants activeTab) and returns the popup: ours, or
   * that of another extension loaded beside it (`alsoLoad`, by the id `idOfUnpacked` gives its folder).
   */
  clickAction(page: Page, extensionId?: string): Promise<PopupTarget>;
  /** Opens the popup page in a normal tab, about the tab with id `tabId`. */
  openPopupInTab(tabId: number): Promise<Page>;
  /** The browser's id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** The real action popup, reached over CDP (it is not a Playwright page). */
export interface PopupTarget {
  /** Epoch ms just before the click was sent to the browser. */
  triggeredAt: number;
  evaluate<T>(expression: string): Promise<T>;
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** A real mouse click in the middle of the element matching `selector` (the first, or the `index`th). */
  click(selector: string, index?: number): Promise<void>;
  /** Writes a PNG of the popup as drawn. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** The id Chromium gives an unpacked extension: from the SHA-256 of its absolute path, hex digits as a-p. */
export function idOfUnpacked(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface LaunchOptions {
  headless?: boolean;
  dist?: string;
  /** More unpacked extensions loaded beside ours (the popup benchmark's floor extensions). */
  alsoLoad?: string[];
  /** Pin every loaded extension's icon to the toolbar (Chromium hides new ones in the extensions menu). */
  pinned?: boolean;
}

/** Launches Chromium with the extension in `dist` (default: the build in dist/). */
export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST;
  const extensions = [dist, ...(options.alsoLoad ?? [])];
  const profile = mkdtempSync(join(tmpdir(), 'clean-reader-profile-'));
  if (options.pinned) {
    mkdirSync(join(profile, 'Default'));
    const pinned = extensions.map(idOfUnpacked);
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: pinned } }));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensions.join(',')}`,
      `--load-extension=${extensions.join(',')}`,
      '--enable-unsafe-extension-debugging',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Pages from the corpora reference sites on the internet: resolve no name but the local test servers,
      // so nothing ever leaves this machine (127.0.0.2 is a second site on loopback, for per-site tests).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2',
    ],
  });
  const extensionId = idOfUnpacked(dist);
  const isOurs = (url: string) => new URL(url).host === extensionId;
  if (!context.serviceWorkers().some((w) => isOurs(w.url()))) await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()) });
  // The blank start page would make "the tab showing about:blank" ambiguous.
  for (const page of context.pages()) await page.close();
  const browserSession = await context.browser()!.newBrowserCDPSession();

  /** The CDP "tab" target (not the "page" one) showing `page`, which is what triggerAction wants. */
  async function tabTargetIdOf(page: Page): Promise<string> {
    const { targetInfos } = (await browserSession.send('Target.getTargets', { filter: [{}] })) as {
      targetInfos: { targetId: string; url: string; type: string }[];
    };
    // Playwright reports a view-source: tab by the address it shows the source of.
    const tabs = targetInfos.filter((t) => t.type === 'tab' && (t.url === page.url() || t.url === `view-source:${page.url()}`));
    if (tabs.length !== 1) throw new Error(`expected one tab showing ${page.url()}, found ${tabs.length}`);
    return tabs[0]!.targetId;
  }

  /** Each loaded extension's popup page, as its manifest names it. */
  const popupPaths = new Map(
    extensions.map((dir) => [idOfUnpacked(dir), String(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).action.default_popup)]),
  );

  async function popupTargets(id: string): Promise<string[]> {
    const { targetInfos } = (await browserSession.send('Target.getTargets', { filter: [{}] })) as {
      targetInfos: { targetId: string; url: string; type: string }[];
    };
    const popupUrl = `chrome-extension://${id}/${popupPaths.get(id)!.replace(/^\//, '')}`;
    return targetInfos.filter((t) => t.url.startsWith(popupUrl) && t.type !== 'tab').map((t) => t.targetId);
  }

  return {
    context,
    extensionId,
    async clickAction(page, id = extensionId) {
      await page.bringToFront();
      const before = new Set(await popupTargets(id));
      const targetId = await tabTargetIdOf(page);
      const triggeredAt = Date.now();
      await browserSession.send('Extensions.triggerAction' as never, { id, targetId } as never);
      let popupId: string | undefined;
      for (let i = 0; i < 100 && !popupId; i++) {
        popupId = (await popupTargets(id)).find((found) => !before.has(found));
        if (!popupId) await new Promise((r) => setTimeout(r, 50));
      }
      if (!popupId) throw new Error('The action popup did not open.');
      return attachPopup(browserSession, popupId, triggeredAt);
    },
    async openPopupInTab(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      return page;
    },
    async tabIdOf(page) {
      const worker = context.serviceWorkers().find((w) => isOurs(w.url())) ?? (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()) }));
      const url = page.url();
      return worker.evaluate(async (pageUrl) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url === pageUrl) ?? tabs.find((t) => t.active);
        return tab?.id ?? -1;
      }, url);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}

async function attachPopup(browserSession: CDPSession, targetId: string, triggeredAt: number): Promise<PopupTarget> {
  // Playwright's CDP sessions cannot address flattened child sessions, so talk to the popup through
  // Target.sendMessageToTarget and read the replies from Target.receivedMessageFromTarget.
  const { sessionId } = (await browserSession.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  let nextId = 1;
  browserSession.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const send = (method: string, params: object) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => {
        pending.delete(id);
        if (reply.error) reject(new Error(reply.error.message));
        else resolve(reply.result);
      });
      browserSession
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const response = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (response.exceptionDetails) throw new Error(`popup evaluate failed: ${response.exceptionDetails.text}`);
    return response.result.value;
  };
  return {
    triggeredAt,
    evaluate,
    async waitFor(expression, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (await evaluate<boolean>(`Boolean(${expression})`).catch(() => false)) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`timed out waiting in popup for: ${expression}`);
    },
    async click(selector, index = 0) {
      // As Playwright does for pages: wait until the element has kept its box for two frames, then make sure
      // the point is on it, so a click that would land elsewhere fails here instead of doing nothing.
      const box = await evaluate<{ x: number; y: number; hit: string } | null>(`(async () => {
        const el = document.querySelectorAll(${JSON.stringify(selector)})[${index}];
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        const frame = () => new Promise((done) => requestAnimationFrame(done));
        const place = () => JSON.stringify(el.getBoundingClientRect());
        for (let tries = 0, last = ''; tries < 100; tries++) {
          const now = place();
          if (now === last) break;
          last = now;
          await frame();
          await frame();
        }
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const at = document.elementFromPoint(x, y);
        return { x, y, hit: at && (at === el || el.contains(at)) ? '' : String(at?.outerHTML.slice(0, 80)) };
      })()`);
      if (!box) throw new Error(`nothing in the popup matches ${selector}`);
      if (box.hit) throw new Error(`a click on ${selector} would land on ${box.hit}`);
      for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: type === 'mouseMoved' ? 'none' : 'left', buttons: type === 'mousePressed' ? 1 : 0, clickCount: 1 });
      }
    },
    async screenshot(path) {
      // Let the popup window settle to its final size before capturing.
      await evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
      // Only what the popup window shows: capturing beyond it repeats sticky parts below the fold.
      // Headless popup windows are wider than the popup's body; a real one fits the body.
      const { width, height } = await evaluate<{ width: number; height: number }>(
        '({ width: Math.min(innerWidth, Math.ceil(document.body.getBoundingClientRect().width)), height: innerHeight })',
      );
      const clip = { x: 0, y: 0, width, height, scale: 1 };
      const { data } = (await send('Page.captureScreenshot', { format: 'png', clip, captureBeyondViewport: false })) as { data: string };
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    async close() {
      await browserSession.send('Target.closeTarget', { targetId }).catch(() => undefined);
    },
  };
}
