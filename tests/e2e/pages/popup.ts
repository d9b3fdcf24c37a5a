import type { ExtensionSession, Tab, View } from '../../harness/views';
import { ReactionPicker } from './reaction-picker';

export interface PopupCard {
  title: string;
  site: string;
  image: string | null;
  keyPoints: string[];
  text: string;
}

/** The popup (`src/popup/`): the card, the "Hid" line, the messages for pages it cannot read. */
export class PopupPage<V extends View = View> {
  readonly reactions: ReactionPicker;

  constructor(readonly view: V) {
    this.reactions = new ReactionPicker(view);
  }

  /** The popup about `tab`, as the toolbar button opens it, once it shows its answer. */
  static async open(session: ExtensionSession, tab: Tab, timeout?: number): Promise<PopupPage> {
    const popup = new PopupPage(await session.openPopup(tab));
    await popup.waitForAnswer(timeout);
    return popup;
  }

  /** The popup about `tab` in a tab of its own (keys, form controls), once it shows its answer. */
  static async openInTab(session: ExtensionSession, tab: Tab): Promise<PopupPage<Tab>> {
    const popup = new PopupPage(await session.openPopupInTab(tab));
    await popup.waitForAnswer();
    return popup;
  }

  /** Waits for the card or a message. */
  waitForAnswer(timeout = 30_000): Promise<void> {
    // A card is answered once its key points are in (their place is kept, `.summary.pending`, until then).
    return this.view.waitFor('.card:not(:has(.summary.pending)), .status-message', { timeout });
  }

  /** The card, or null when the popup shows a message. */
  card(): Promise<PopupCard | null> {
    return this.view.evaluate(() => {
      const card = document.querySelector('.card');
      if (!card) return null;
      return {
        title: card.querySelector('.title')?.textContent ?? '',
        site: card.querySelector('.site')?.textContent ?? '',
        // The image's own address (its `src` may be a blob: of the bytes fetched without cookies).
        image: card.querySelector('.lead-image img')?.getAttribute('data-source') ?? null,
        keyPoints: [...card.querySelectorAll('.summary li')].map((li) => li.textContent ?? ''),
        text: document.body.innerText,
      };
    });
  }

  /** The title of the message shown instead of a card, or null when there is a card. */
  message(): Promise<{ title: string; text: string; canTryAnyway: boolean } | null> {
    return this.view.evaluate(() => {
      const message = document.querySelector('.status-message');
      if (!message) return null;
      return {
        title: message.querySelector('.status-title')?.textContent ?? '',
        text: (message as HTMLElement).innerText,
        canTryAnyway: message.querySelector('button') !== null,
      };
    });
  }

  /** "Try anyway" on a page that does not look like an article; waits for what follows. */
  async tryAnyway(): Promise<void> {
    await this.view.click('.status-message button');
    await this.view.waitFor('.card:not(:has(.summary.pending)), .status-message:not(:has(button))', { timeout: 30_000 });
  }

  /** The "Hid: …" line: its text, whether it is open, and its first entry (and whether that shows). */
  hidLine(): Promise<{ line: string; open: boolean; first: string; firstShown: boolean } | null> {
    return this.view.evaluate(() => {
      const details = document.querySelector<HTMLDetailsElement>('.removed-clutter');
      if (!details) return null;
      const first = details.querySelector('li');
      return {
        line: details.querySelector('summary')?.textContent ?? '',
        open: details.open,
        first: first?.textContent ?? '',
        firstShown: first?.checkVisibility() ?? false,
      };
    });
  }

  async toggleHidLine(): Promise<void> {
    await this.view.click('.removed-clutter summary');
  }

  /** Clicks "Read" (the article's tab turns into the reader). */
  async read(): Promise<void> {
    await this.view.waitFor('.read-button');
    await this.view.click('.read-button');
  }

  async openHistory(): Promise<void> {
    await this.view.click('.history-link');
  }

  close(): Promise<void> {
    return this.view.close();
  }
}
