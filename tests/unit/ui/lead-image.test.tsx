// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LeadImage } from '../../../src/ui/lead-image';
import { createRoot, unmount } from '../../harness/preact';

afterEach(() => vi.unstubAllGlobals());

describe('LeadImage', () => {
  it('asks for the image as the card is committed, not after its first frame', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return new Promise(() => undefined);
    });
    const root = createRoot();
    render(<LeadImage image={{ src: 'https://news.example/harbour.jpg', alt: 'The harbour' }} />, root);
    // No frame, no timer, no promise has run yet.
    expect(asked).toEqual(['https://news.example/harbour.jpg']);
    await unmount(root);
    root.remove();
  });
});
