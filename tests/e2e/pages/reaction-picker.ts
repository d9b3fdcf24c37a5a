import { eventually, type View } from '../../harness/views';

/** The reaction picker the popup and the reader share (`src/ui/reaction-picker.tsx`). */
export class ReactionPicker {
  constructor(private readonly view: View) {}

  /** The reactions offered, in order. */
  offered(): Promise<string[]> {
    return this.view.evaluate(() => [...document.querySelectorAll<HTMLElement>('.reaction-picker [role=radio]')].map((b) => b.dataset.reaction!));
  }

  /** The chosen reaction, or null. */
  chosen(): Promise<string | null> {
    return this.view.evaluate(() => document.querySelector<HTMLElement>('.reaction-picker [aria-checked=true]')?.dataset.reaction ?? null);
  }

  /** Waits until the picker shows `reaction` as chosen (null: none chosen). */
  async waitForChosen(reaction: string | null, timeout?: number): Promise<void> {
    await eventually(() => this.chosen(), (now) => now === reaction, `the picker to show ${reaction ?? 'no reaction'}`, timeout);
  }

  /** Clicks `reaction`: chooses it, or clears it when it was the chosen one. */
  async click(reaction: string): Promise<void> {
    const was = await this.chosen();
    await this.view.click(`.reaction-picker [data-reaction=${reaction}]`);
    await this.waitForChosen(was === reaction ? null : reaction);
  }

  /** The line under the picker ("Saved on this device.", or what went wrong). */
  status(): Promise<string> {
    return this.view.evaluate(() => document.querySelector('.reaction-status')?.textContent ?? '');
  }
}
