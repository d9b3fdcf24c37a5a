import { SPEECH_RATES } from '../storage/reader-settings';
import { t } from '../ui/i18n';
import type { ReadAloudState, SpeechAvailability } from './read-aloud';

interface Props {
  availability: SpeechAvailability;
  state: ReadAloudState;
  rate: number;
  onToggle(): void;
  onRate(rate: number): void;
}

/** Play/pause and speed for read aloud; says plainly when the browser has no voice to read with. */
export function ReadAloudControls({ availability, state, rate, onToggle, onRate }: Props) {
  const playing = state.status === 'playing';
  const unavailable = availability !== 'available';
  return (
    <div class="read-aloud" role="group" aria-label={t('readerReadAloud')} data-availability={availability} data-status={state.status}>
      <button type="button" class="tool-button play" onClick={onToggle} disabled={unavailable} aria-pressed={playing}>
        <span aria-hidden="true" class="tool-icon">{playing ? '❚❚' : '▶'}</span> <span class="tool-label">{playing ? t('readerPause') : t('readerListen')}</span>
      </button>
      <label class="speed">
        <span class="visually-hidden">{t('readerSpeed')}</span>
        <SpeedSelect rate={rate} disabled={unavailable} onRate={onRate} />
      </label>
    </div>
  );
}

/** What read aloud has to say (no voice, an error, the end), as a line under the toolbar rather than inside it. */
export function ReadAloudStatus({ availability, state }: Pick<Props, 'availability' | 'state'>) {
  const status =
    availability === 'unavailable'
      ? t('readerSpeechUnavailable')
      : state.status === 'failed'
        ? t('readerSpeechFailed')
        : state.status === 'ended'
          ? t('readerSpeechEnded')
          : '';
  return (
    <p class="read-aloud-status toolbar-note" role="status">
      {status}
    </p>
  );
}

/** The reading speeds read aloud offers (in the toolbar, and in Display on phones). */
export function SpeedSelect({ rate, disabled, onRate }: { rate: number; disabled?: boolean; onRate(rate: number): void }) {
  return (
    <select value={String(rate)} disabled={disabled} onChange={(event) => onRate(Number((event.currentTarget as HTMLSelectElement).value))}>
      {SPEECH_RATES.map((option) => (
        <option key={option} value={String(option)}>
          {t('readerSpeedValue', option.toLocaleString())}
        </option>
      ))}
    </select>
  );
}
