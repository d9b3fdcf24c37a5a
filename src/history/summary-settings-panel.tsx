import { useEffect, useState } from 'preact/hooks';
import { summarizerOptions, type SummarizerAvailability, type SummarizerLike } from '../platform/on-device-summarizer';
import type { SummarizerChoice, SummarySettings } from '../storage/summary-settings';
import type { StoredItem } from '../storage/item';
import { t } from '../ui/i18n';

interface Props {
  settings: StoredItem<SummarySettings>;
  summarizer: SummarizerLike | undefined;
  lang: string | undefined;
}

type Availability = SummarizerAvailability | 'no-api' | 'checking';
type Download = 'idle' | 'running' | 'done' | 'failed';

/**
 * Chooses who writes the popup's key points. The on-device model can only be chosen where the browser has
 * one, and it is downloaded only when the person clicks "Download" (the API requires that click too).
 */
export function SummarySettingsPanel({ settings, summarizer, lang }: Props) {
  const [choice, setChoice] = useState<SummarizerChoice>('extractive');
  const [availability, setAvailability] = useState<Availability>(summarizer ? 'checking' : 'no-api');
  const [download, setDownload] = useState<Download>('idle');
  const [progress, setProgress] = useState(0);

  useEffect(() => {
    void settings.get().then(({ value }) => setChoice(value.summarizer));
    return settings.watch(({ value }) => setChoice(value.summarizer));
  }, [settings]);

  useEffect(() => {
    if (!summarizer) return;
    summarizer
      .availability(summarizerOptions('short', lang ?? null))
      .then(setAvailability, () => setAvailability('unavailable'));
  }, [summarizer, lang]);

  const choose = (next: SummarizerChoice) => {
    setChoice(next);
    void settings.set({ summarizer: next });
  };

  const startDownload = async () => {
    if (!summarizer) return;
    setDownload('running');
    try {
      // create() with a click's user activation is what starts the download; progress comes from the monitor.
      const session = await (summarizer.create as (options: object) => Promise<{ destroy?(): void }>)({
        ...summarizerOptions('short', lang ?? null),
        monitor(monitor: EventTarget) {
          monitor.addEventListener('downloadprogress', (event) => setProgress((event as Event & { loaded: number }).loaded));
        },
      });
      session.destroy?.();
      setDownload('done');
      setAvailability('available');
    } catch {
      setDownload('failed');
    }
  };

  const onDeviceUsable = availability === 'available' || availability === 'downloadable' || availability === 'downloading';
  return (
    <section class="panel settings" aria-labelledby="summary-settings-title">
      <h2 id="summary-settings-title" class="panel-title">{t('settingsSummariesTitle')}</h2>
      <fieldset class="choices">
        <legend class="visually-hidden">{t('settingsSummariesTitle')}</legend>
        <label class="choice">
          <input type="radio" name="summarizer" value="extractive" checked={choice === 'extractive'} onChange={() => choose('extractive')} />
          <span>{t('settingsSummarizerExtractive')}</span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name="summarizer"
            value="on-device"
            checked={choice === 'on-device'}
            disabled={!onDeviceUsable && choice !== 'on-device'}
            onChange={() => choose('on-device')}
          />
          <span>{t('settingsSummarizerOnDevice')}</span>
        </label>
      </fieldset>
      <p class="tools-note" role="status" data-availability={availability}>
        {t(AVAILABILITY_KEYS[availability])}
      </p>
      {choice === 'on-device' && (availability === 'downloadable' || availability === 'downloading') && download !== 'done' && (
        <button type="button" class="tool" disabled={download === 'running'} onClick={startDownload} data-action="download-model">
          {download === 'running' ? t('settingsDownloading', Math.round(progress * 100)) : t('settingsDownloadModel')}
        </button>
      )}
      {download === 'failed' && <p class="tools-note problem">{t('settingsDownloadFailed')}</p>}
    </section>
  );
}

const AVAILABILITY_KEYS: Record<Availability, string> = {
  checking: 'settingsModelChecking',
  'no-api': 'settingsModelNoApi',
  unavailable: 'settingsModelUnavailable',
  downloadable: 'settingsModelDownloadable',
  downloading: 'settingsModelDownloading',
  available: 'settingsModelAvailable',
};
