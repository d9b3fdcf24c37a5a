/** Keyboard shortcuts declared in the manifest's `commands`; invoking one grants activeTab for the tab. */
import browser from './browser';
import type { ClickedTab } from './context-menu';

export const OPEN_READER_COMMAND = 'open-reader';

export function onCommand(name: string, listener: (tab: ClickedTab | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === name) listener(tab);
  });
}

/** The active tab of the current window, for browsers that do not pass the tab with the command. */
export async function activeTab(): Promise<ClickedTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
