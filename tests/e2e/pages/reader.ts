import { eventually, type DownloadedFile, type Tab } from '../../harness/views';
import { ReactionPicker } from './reaction-picker';

export type SettingGroup = 'theme' | 'font' | 'line-height' | 'width';

export interface ReaderArticle {
  documentTitle: string;
  site: string;
  title: string;
  byline: string;
  datetime: string | null;
  readingTime: string;
  originalUrl: string | null;
  keyPoints: string[];
  bodyText: string;
  /** The whole main column's text, to look for clutter. */
  mainText: string;
  /** Every web link of the body, with its target and rel. */
  links: { href: string; target: string | null; rel: string | null }[];
  /** naturalWidth of each image of the body (0: did not load). */
  imageWidths: number[];
  dir: string | null;
  lang: string | null;
}

/** The reading view (`src/reader/`) in a tab: the article, its settings, keys, read aloud, the problem page. */
export class ReaderPage {
  readonly reactions: ReactionPicker;

  constructor(readonly tab: Tab) {
    this.reactions = new ReactionPicker(tab);
  }

  static isReaderUrl(url: string): boolean {
    return /\/src\/reader\/index\.html\?id=/.test(url);
  }

  /** Waits for the tab to show the reader and the reader to paint the article body. */
  static async opened(tab: Tab, timeout = 30_000): Promise<ReaderPage> {
    await tab.waitForUrl(ReaderPage.isReaderUrl, timeout);
    const reader = new ReaderPage(tab);
    await reader.waitForArticle(timeout);
    return reader;
  }

  async waitForArticle(timeout = 30_000): Promise<void> {
    await this.tab.waitFor('html[data-body-painted-at]', { state: 'attached', timeout });
  }

  /** Waits for the page that says why there is no article. */
  async waitForProblem(timeout = 30_000): Promise<void> {
    await this.tab.waitForUrl(ReaderPage.isReaderUrl, timeout);
    await this.tab.waitFor('.problem-card', { timeout });
  }

  article(): Promise<ReaderArticle> {
    return this.tab.evaluate(() => {
      const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';
      const body = document.querySelector('.article-body');
      const article = document.querySelector('article.article');
      return {
        documentTitle: document.title,
        site: text('.site'),
        title: text('h1#article-title'),
        byline: text('.byline'),
        datetime: document.querySelector('.article-meta time')?.getAttribute('datetime') ?? null,
        readingTime: text('.reading-time'),
        originalUrl: document.querySelector('.original-url')?.getAttribute('href') ?? null,
        keyPoints: [...document.querySelectorAll('details.summary li')].map((li) => li.textContent ?? ''),
        bodyText: (body as HTMLElement | null)?.innerText ?? '',
        mainText: (document.querySelector('main') as HTMLElement | null)?.innerText ?? '',
        links: [...(body?.querySelectorAll('a[href^="http"]') ?? [])].map((a) => ({ href: a.getAttribute('href')!, target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
        imageWidths: [...(body?.querySelectorAll('img') ?? [])].map((img) => (img as HTMLImageElement).naturalWidth),
        dir: article?.getAttribute('dir') ?? null,
        lang: article?.getAttribute('lang') ?? null,
      };
    });
  }

  /** Waits until every image of the body has finished loading or failing. */
  async waitForImages(): Promise<void> {
    await eventually(
      () => this.tab.evaluate(() => [...document.querySelectorAll('.article-body img')].every((img) => (img as HTMLImageElement).complete)),
      Boolean,
      'the article images',
    );
  }

  keyPointsShown(): Promise<boolean> {
    return this.tab.evaluate(() => document.querySelector('details.summary li')?.checkVisibility() ?? false);
  }

  async toggleKeyPoints(): Promise<void> {
    await this.tab.click('details.summary > summary');
  }

  settingsOpen(): Promise<boolean> {
    return this.tab.evaluate(() => document.querySelector<HTMLDetailsElement>('details.settings')?.open ?? false);
  }

  async openSettings(): Promise<void> {
    if (!(await this.settingsOpen())) await this.tab.click('.settings > summary');
    await this.tab.waitFor('.settings-panel');
    await this.rendered();
  }

  /**
   * Waits until the reader has drawn its last change and run its effects: Preact binds the key listener that
   * knows the panel is open in an effect, which runs after the next paint (a frame, then a task).
   */
  async rendered(): Promise<void> {
    await this.tab.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
  }

  /** Picks an option in the settings panel (open it first). */
  async choose(group: SettingGroup, value: string | number): Promise<void> {
    await this.tab.click(`.settings input[name="${group}"][value="${value}"]`);
  }

  async bigger(): Promise<void> {
    await this.tab.click('.settings .step.big');
  }

  async smaller(): Promise<void> {
    await this.tab.click('.settings .step:not(.big)');
  }

  /** The theme in force (`data-theme` of the page). */
  theme(): Promise<string | null> {
    return this.tab.evaluate(() => document.documentElement.dataset.theme ?? null);
  }

  async waitForTheme(theme: string): Promise<void> {
    await eventually(() => this.theme(), (now) => now === theme, `theme ${theme}`);
  }

  /** What the settings change, as drawn. */
  style(): Promise<{ fontSize: string; lineHeight: string; fontFamily: string; width: number; background: string; direction: string }> {
    return this.tab.evaluate(() => {
      const article = document.querySelector('article.article')!;
      const s = getComputedStyle(article);
      return {
        fontSize: s.fontSize,
        lineHeight: s.lineHeight,
        fontFamily: s.fontFamily,
        width: article.getBoundingClientRect().width,
        background: getComputedStyle(document.body).backgroundColor,
        direction: s.direction,
      };
    });
  }

  async waitForFontSize(size: string): Promise<void> {
    await eventually(async () => (await this.style()).fontSize, (now) => now === size, `font size ${size}`);
  }

  /** Presses a key with the focus on the page body (not on a control). */
  async press(key: string): Promise<void> {
    await this.tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.tab.press(key);
  }

  async back(): Promise<void> {
    await this.tab.click('.toolbar .back');
  }

  /** Read aloud: availability (`checking`, `available`, `unavailable`), status, and the line it shows. */
  readAloud(): Promise<{ availability: string; status: string; message: string; voices: number; listenDisabled: boolean }> {
    return this.tab.evaluate(() => {
      const group = document.querySelector<HTMLElement>('.read-aloud')!;
      return {
        availability: group.dataset.availability ?? '',
        status: group.dataset.status ?? '',
        message: document.querySelector('.read-aloud-status')?.textContent ?? '',
        voices: speechSynthesis.getVoices().length,
        listenDisabled: group.querySelector<HTMLButtonElement>('.play')!.disabled,
      };
    });
  }

  async toggleReadAloud(): Promise<void> {
    await this.tab.click('.read-aloud .play');
  }

  /** The page that says why there is no article: its heading, text and the link to the page. */
  problem(): Promise<{ title: string; text: string; url: string | null } | null> {
    return this.tab.evaluate(() => {
      const card = document.querySelector<HTMLElement>('.problem-card');
      if (!card) return null;
      return {
        title: card.querySelector('.problem-title')?.textContent ?? '',
        text: card.innerText,
        url: card.querySelector('.problem-url')?.getAttribute('href') ?? null,
      };
    });
  }

  async problemBack(): Promise<void> {
    await this.tab.click('.problem-actions button');
  }

  /** The progress bar's value (0–100) and the "N min left" line. */
  progress(): Promise<{ percent: number; timeLeft: string; minutesLeft: number }> {
    return this.tab.evaluate(() => {
      const bar = document.querySelector('.progress[role="progressbar"]')!;
      const left = document.querySelector<HTMLElement>('.time-left')!;
      return { percent: Number(bar.getAttribute('aria-valuenow')), timeLeft: left.textContent ?? '', minutesLeft: Number(left.dataset.minutesLeft) };
    });
  }

  /** Scrolls the window to a share (0–1) of the page's height at once and waits for the reader to follow. */
  async scrollToShare(share: number): Promise<void> {
    await this.tab.evaluate((share) => scrollTo({ top: share * (document.documentElement.scrollHeight - innerHeight), behavior: 'instant' }), share);
    await this.rendered();
  }

  scrollY(): Promise<number> {
    return this.tab.evaluate(() => Math.round(scrollY));
  }

  /** The table of contents: where it is drawn (a panel beside the article, a toolbar menu, none) and its entries. */
  tableOfContents(): Promise<{ where: 'panel' | 'menu' | 'none'; entries: string[]; current: string | null }> {
    return this.tab.evaluate(() => {
      const panel = document.querySelector('.toc-aside');
      const menu = document.querySelector('.toolbar-menu.contents');
      const list = panel ?? menu;
      return {
        where: panel ? 'panel' : menu ? 'menu' : 'none',
        entries: [...(list?.querySelectorAll('.toc-list a') ?? [])].map((a) => a.textContent ?? ''),
        current: list?.querySelector('.toc-list a[aria-current]')?.textContent ?? null,
      };
    });
  }

  /** Follows the `index`th entry of the table of contents (opening the menu first on narrow windows). */
  async pickHeading(index: number): Promise<void> {
    if ((await this.tableOfContents()).where === 'menu') await this.tab.click('.toolbar-menu.contents > summary');
    await this.tab.click('.toc-list a', { index });
    await this.rendered();
  }

  /** The index of the body's heading that sits right under the toolbar (where the reader put it), or -1. */
  headingUnderToolbar(): Promise<number> {
    return this.tab.evaluate(() => {
      const line = document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
      const headings = [...document.querySelectorAll('.article-body :is(h2, h3, h4)')];
      return headings.findIndex((h) => Math.abs(h.getBoundingClientRect().top - line - 12) < 3);
    });
  }

  /** The keys overlay: open or not, and its rows ("Space: Next page"…). */
  keyHelp(): Promise<{ open: boolean; rows: string[] }> {
    return this.tab.evaluate(() => {
      const dialog = document.querySelector<HTMLDialogElement>('dialog.key-help')!;
      return { open: dialog.open, rows: [...dialog.querySelectorAll('.key-row')].map((row) => `${row.querySelector('dt')!.textContent}: ${row.querySelector('dd')!.textContent}`) };
    });
  }

  /** Opens the Save menu. */
  async openSave(): Promise<void> {
    if (!(await this.tab.evaluate(() => document.querySelector<HTMLDetailsElement>('.toolbar-menu.take-away')!.open))) await this.tab.click('.toolbar-menu.take-away > summary');
    await this.tab.waitFor('.take-away-panel');
  }

  /** Runs one entry of the Save menu (`copy-markdown`, `download-markdown`, `download-html`, `print`). */
  async save(item: 'copy-markdown' | 'print'): Promise<void> {
    await this.openSave();
    await this.tab.click(`.take-away-panel .${item}`);
  }

  async saveFile(item: 'download-markdown' | 'download-html', options: { embedImages?: boolean } = {}): Promise<DownloadedFile> {
    await this.openSave();
    const embed = await this.tab.evaluate(() => document.querySelector<HTMLInputElement>('.take-away-panel .embed-images')!.checked);
    if (item === 'download-html' && Boolean(options.embedImages) !== embed) await this.tab.click('.take-away-panel .embed-images');
    return this.tab.download(() => this.tab.click(`.take-away-panel .${item}`));
  }

  /** The Save menu's status line once it says something. */
  saveStatus(): Promise<string> {
    return eventually(() => this.tab.evaluate(() => document.querySelector('.take-away-panel .menu-status')?.textContent ?? ''), (text) => text !== '', 'the Save status');
  }
}
