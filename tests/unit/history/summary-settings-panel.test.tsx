// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SummarizerLike } from '../../../src/platform/on-device-summarizer';
import { SummarySettingsPanel } from '../../../src/history/summary-settings-panel';
import { sourceMessages } from '../../../src/locales/messages';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { summarySettings } from '../../../src/storage/summary-settings';
import { installMessages } from '../../../src/ui/i18n';
import { createRoot, settle, unmount } from '../../harness/preact';
import { fakeSummarizer } from '../../harness/summarizer';

let root: HTMLElement;
beforeEach(() => {
  installMessages(sourceMessages('en'));
  root = createRoot();
});
afterEach(async () => {
  await unmount(root);
  root.remove();
});

async function show(area: MemoryStorageArea, summarizer: SummarizerLike | undefined) {
  await act(async () => render(<SummarySettingsPanel settings={summarySettings(area)} summarizer={summarizer} lang="en" />, root));
  await settle();
}

const radio = (value: string) => root.querySelector(`input[value="${value}"]`) as HTMLInputElement;

describe('the summary settings', () => {
  it('defaults to the offline summariser and cannot pick a model the browser lacks', async () => {
    await show(new MemoryStorageArea(), undefined);
    expect(radio('extractive').checked).toBe(true);
    expect(radio('on-device').disabled).toBe(true);
    expect(root.querySelector('[data-availability]')?.textContent).toBe('This browser has no on-device summarizer.');
  });

  it('saves the on-device choice when the model is ready', async () => {
    const area = new MemoryStorageArea();
    await show(area, fakeSummarizer({ availability: 'available' }).summarizer);
    await act(async () => radio('on-device').click());
    await settle();
    expect((await summarySettings(area).get()).value).toEqual({ summarizer: 'on-device' });
    expect(root.querySelector('[data-action=download-model]')).toBeNull();
  });

  it('downloads a downloadable model only on the click of its button', async () => {
    const area = new MemoryStorageArea();
    const fake = fakeSummarizer({ availability: 'downloadable' });
    await show(area, fake.summarizer);
    await act(async () => radio('on-device').click());
    await settle();
    expect(fake.calls.create).toHaveLength(0);
    await act(async () => (root.querySelector('[data-action=download-model]') as HTMLButtonElement).click());
    await settle();
    expect(fake.calls.create).toHaveLength(1);
    expect(root.querySelector('[data-availability]')?.getAttribute('data-availability')).toBe('available');
  });
});
