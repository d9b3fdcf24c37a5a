import { t } from '../ui/i18n';
import { minutesLeft } from './paging';

interface Props {
  progress: number;
  readingMinutes: number;
}

/** A thin bar along the toolbar's lower edge, and "N min left" in the toolbar. */
export function ReadingProgress({ progress, readingMinutes }: Props) {
  const left = minutesLeft(readingMinutes, progress);
  const percent = Math.round(progress * 100);
  return (
    <>
      <span class="time-left" data-minutes-left={left}>
        {left > 0 ? t('readerMinutesLeft', left) : t('readerFinished')}
      </span>
      <div class="progress" role="progressbar" aria-label={t('readerProgress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div class="progress-fill" style={{ transform: `scaleX(${progress})` }} />
      </div>
    </>
  );
}
