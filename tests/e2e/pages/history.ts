import type { DownloadedFile, ExtensionSession, Tab } from '../../harness/views';

export interface HistoryRow {
  key: string;
  reaction: string;
  title: string;
  site: string;
  href: string | null;
  rel: string | null;
}

/** The reactions history (the options page, `src/history/`). */
export class HistoryPage {
  constructor(readonly tab: Tab) {}

  static url(session: ExtensionSession): string {
    return session.extensionUrl('src/history/index.html');
  }

  /** Opens the history page in a new tab and waits for its list. */
  static async open(session: ExtensionSession): Promise<HistoryPage> {
    const history = new HistoryPage(await session.newTab(HistoryPage.url(session)));
    await history.tab.waitFor('html[data-list-painted]', { state: 'attached' });
    return history;
  }

  rows(): Promise<HistoryRow[]> {
    return this.tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.row')].map((row) => ({
        key: row.dataset.key ?? '',
        reaction: row.dataset.reaction ?? '',
        title: row.querySelector('.row-title')?.textContent ?? '',
        site: row.querySelector('.row-site')?.textContent ?? '',
        href: row.querySelector('.row-title')?.getAttribute('href') ?? null,
        rel: row.querySelector('.row-title')?.getAttribute('rel') ?? null,
      })),
    );
  }

  async titles(): Promise<string[]> {
    return (await this.rows()).map((row) => row.title);
  }

  /** "Showing N of M", "No reactions yet", … : the line or heading that says what the list shows. */
  summary(): Promise<{ count: string; empty: string }> {
    return this.tab.evaluate(() => ({
      count: document.querySelector('.result-count')?.textContent ?? '',
      empty: (document.querySelector('.empty') as HTMLElement | null)?.innerText ?? '',
    }));
  }

  /** Count per reaction in the chart. */
  chart(): Promise<Record<string, string>> {
    return this.tab.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll<HTMLElement>('.chart-row')].map((row) => [row.dataset.reaction, row.querySelector('.chart-count')?.textContent ?? ''])),
    );
  }

  filter(reaction: string): Promise<void> {
    return this.tab.select('#history-filter', reaction);
  }

  search(text: string): Promise<void> {
    return this.tab.fill('#history-search', text);
  }

  sort(by: string): Promise<void> {
    return this.tab.select('#history-sort', by);
  }

  async clearSearchAndFilter(): Promise<void> {
    await this.tab.click('.empty .notice-button');
  }

  /** Changes the reaction of the row for `key` in place. */
  change(key: string, reaction: string): Promise<void> {
    return this.tab.select(`.row[data-key="${key}"] .row-reaction`, reaction);
  }

  async remove(key: string): Promise<void> {
    await this.tab.click(`.row[data-key="${key}"] .row-remove`);
  }

  async undo(): Promise<void> {
    await this.tab.click('[data-action=undo]');
  }

  async removeAll(): Promise<void> {
    await this.tab.click('[data-action=remove-all]');
  }

  exportJson(): Promise<DownloadedFile> {
    return this.tab.download(() => this.tab.click('[data-action=export-json]'));
  }

  exportCsv(): Promise<DownloadedFile> {
    return this.tab.download(() => this.tab.click('[data-action=export-csv]'));
  }

  import(name: string, content: Buffer | string): Promise<void> {
    return this.tab.setInputFile('[data-action=import-file]', { name, content: Buffer.from(content) });
  }

  /** The notices shown (import results, removals, problems): their text and their detail lines. */
  notices(): Promise<{ kind: string; text: string; details: string[] }[]> {
    return this.tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.notice')].map((notice) => ({
        kind: notice.dataset.notice ?? '',
        text: notice.querySelector('.notice-text')?.textContent ?? '',
        details: [...notice.querySelectorAll('.notice-details li')].map((li) => li.textContent ?? ''),
      })),
    );
  }

  close(): Promise<void> {
    return this.tab.close();
  }
}
