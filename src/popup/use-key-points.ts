import { useEffect, useState } from 'preact/hooks';
import type { CardFinish, ExtractedPage } from '../core';
import type { PopupServices } from './services';

/** Who wrote the key points shown, so the popup can say so. */
export type KeyPointsSource = 'extractive' | 'on-device' | 'extractive-fallback' | 'on-device-pending';

export interface KeyPoints {
  source: KeyPointsSource;
  sentences: string[];
}

/** The on-device model gets this long; past it the offline key points stay. */
export const ON_DEVICE_TIMEOUT_MS = 8_000;

/**
 * The article's key points: the extractive ones from the page at once, replaced by the browser's on-device
 * model's only when the person chose it in the settings and the model is already on the device.
 */
export function useKeyPoints(
  page: ExtractedPage | null,
  finished: CardFinish | null,
  services: Pick<PopupServices, 'summarySettings' | 'summarizer'>,
): KeyPoints {
  // Points are kept with the card they belong to, so a new article shows its own key points in its very
  // first frame rather than the previous (or empty) ones until the effect runs.
  const [state, setState] = useState<{ finished: CardFinish; points: KeyPoints } | null>(null);

  useEffect(() => {
    if (!page || !finished) return;
    let current = true;
    void (async () => {
      const settings = await services.summarySettings.get().catch(() => null);
      if (settings?.value.summarizer !== 'on-device' || !current) return;
      setState({ finished, points: { source: 'on-device-pending', sentences: finished.summary } });
      // Loaded only for a person who chose the on-device model: it brings the sentence splitter and stop words.
      const { summarizeOnDevice } = await import('../platform/on-device-summarizer');
      if (!current) return;
      const result = await summarizeOnDevice(page.textContent, {
        summarizer: services.summarizer,
        timeoutMs: ON_DEVICE_TIMEOUT_MS,
        allowDownload: false,
        lang: finished.lang,
        length: 'short',
        fallback: finished.summary,
      });
      if (!current) return;
      const points: KeyPoints = result.source === 'on-device' ? result : { source: 'extractive-fallback', sentences: result.sentences };
      setState({ finished, points });
    })();
    return () => {
      current = false;
    };
  }, [page, finished, services]);

  if (state && state.finished === finished) return state.points;
  return { source: 'extractive', sentences: finished?.summary ?? [] };
}
