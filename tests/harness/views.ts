/**
 * What the end-to-end flows drive, the same in both browsers: a `View` is one document (a tab, or Chromium's
 * action popup), a `Tab` a browser tab, an `ExtensionSession` a browser with the extension installed. Chromium
 * implements it with Playwright (chromium-session.ts), Firefox with puppeteer-core over WebDriver BiDi
 * (firefox-session.ts); page objects and flows (tests/e2e/pages, tests/e2e/flows) use nothing else.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FixtureServer } from './fixture-server';

export type BrowserName = 'chromium' | 'firefox';

export interface WaitOptions {
  /** `visible` (default), `attached`, or `hidden` (absent or not rendered). */
  state?: 'visible' | 'attached' | 'hidden';
  timeout?: number;
}

export interface ClickOptions {
  index?: number;
  timeout?: number;
}

export interface View {
  /** Runs `fn` in the document (it is sent as source: it may use only its argument and the page's globals). */
  evaluate<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  waitFor(selector: string, options?: WaitOptions): Promise<void>;
  /** A real pointer click in the middle of the element matching `selector` (the first, or the `index`th). */
  click(selector: string, options?: ClickOptions): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface DownloadedFile {
  fileName: string;
  content: Buffer;
}

export interface Tab extends View {
  /** The browser's id of this tab, as `tabs.*` and the popup's `?tab=` know it. */
  readonly id: number;
  url(): Promise<string>;
  /** Navigates and waits for the page (extension pages: for the navigation to be committed). */
  goto(url: string): Promise<void>;
  back(): Promise<void>;
  reload(): Promise<void>;
  waitForUrl(matches: (url: string) => boolean, timeout?: number): Promise<string>;
  /** Presses a key (`a`, `+`, `Escape`, `ArrowLeft`, `Space`…) in the focused element. */
  press(key: string): Promise<void>;
  focus(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  /** Replaces the text of an input as typing would. */
  fill(selector: string, text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  setInputFile(selector: string, file: { name: string; content: Buffer }): Promise<void>;
  /** Runs `trigger` and returns the file it made the browser download. */
  download(trigger: () => Promise<void>): Promise<DownloadedFile>;
  /** Calls `listener` with the text of every dialog (alert, confirm, prompt) the page opens; dismisses it. */
  onDialog(listener: (message: string) => void): void;
  setViewport(width: number, height: number): Promise<void>;
  isClosed(): boolean;
}

export interface ExtensionSession {
  readonly browser: BrowserName;
  readonly server: FixtureServer;
  /** The address of one of the extension's files, e.g. `src/reader/index.html`. */
  extensionUrl(path: string): string;
  /** A new tab showing `url` (any address; waits for it to load when it loads at all). */
  newTab(url: string): Promise<Tab>;
  /**
   * The popup about `tab`, as the toolbar button opens it. Chromium: the real action click (it grants
   * activeTab). Firefox: the popup page in a tab of its own with `?tab=ID`, since no driver can click its
   * toolbar; the Firefox test build has host access to 127.0.0.1 instead of the grant.
   */
  openPopup(tab: Tab): Promise<View>;
  /** The popup about `tab` in a tab of its own, to drive with keys and form controls (activeTab granted first). */
  openPopupInTab(tab: Tab): Promise<Tab>;
  /** Runs `fn` in an extension context (Chromium: the service worker; Firefox: an extension page). */
  inExtension<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  close(): Promise<void>;
}

/**
 * `fn(arg)` as a source expression. Node loaders that compile TypeScript may wrap inner functions in a
 * `__name(…)` helper that does not exist in the page; it is defined as the identity here.
 */
export function callExpression(fn: (arg: never) => unknown, arg: unknown): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `done(value)`; returns the value, or throws with the last one seen. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError && last === undefined ? `error ${String(lastError)}` : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last seen: ${seen}`);
    }
    await sleep(50);
  }
}

/** Waits until `selector` is in `state`, by polling the document (for views without a native wait). */
export async function pollFor(view: Pick<View, 'evaluate'>, selector: string, options: WaitOptions = {}): Promise<void> {
  const state = options.state ?? 'visible';
  await eventually(
    () =>
      view.evaluate(({ selector, state }) => {
        const el = document.querySelector(selector);
        if (state === 'attached') return el !== null;
        const shown = el !== null && el.checkVisibility();
        return state === 'visible' ? shown : !shown;
      }, { selector, state }),
    Boolean,
    `${selector} to be ${state}`,
    options.timeout ?? 15_000,
  );
}

/** A path under artifacts/ (created), the only place tests write. */
export function artifactPath(name: string): string {
  const dir = fileURLToPath(new URL('../../artifacts/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir + name;
}
