import { useEffect } from 'preact/hooks';
import type { Article } from '../core';
import type { Reaction } from '../storage/reaction-record';
import { t } from '../ui/i18n';
import { ReactionPicker } from '../ui/reaction-picker';
import '../ui/read-button.css';
import type { ReactionStatus, ReadStatus } from './use-popup-state';

interface Props {
  article: Article;
  reaction: Reaction | null;
  reactionStatus: ReactionStatus;
  onReact(next: Reaction | null): void;
  readStatus: ReadStatus;
  /** Opens the whole article in the reading view. */
  onRead(): void;
}

const STATUS_KEYS: Record<ReactionStatus, string> = {
  idle: 'popupReactionIdle',
  saved: 'popupReactionSaved',
  cleared: 'popupReactionCleared',
  unreadable: 'popupReactionUnreadable',
  full: 'popupReactionFull',
  failed: 'popupReactionFailed',
};

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString(lang ?? undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function ArticleCard({ article, reaction, reactionStatus, onReact, readStatus, onRead }: Props) {
  // Marks the moment the card is on screen, for the end-to-end timing measurement.
  useEffect(() => {
    requestAnimationFrame(() => {
      setTimeout(() => {
        document.documentElement.dataset.cardPaintedAt = String(performance.timeOrigin + performance.now());
      });
    });
  }, []);

  const date = formatDate(article.publishedTime, article.lang);
  const meta = [t('popupMinutesRead', article.readingMinutes), date].filter(Boolean).join(' · ');
  const problem = reactionStatus === 'full' || reactionStatus === 'failed' || reactionStatus === 'unreadable';
  return (
    <article class="card" lang={article.lang ?? undefined} aria-labelledby="card-title">
      {article.leadImage && (
        <div class="lead-image">
          <img src={article.leadImage.src} alt={article.leadImage.alt} width={352} height={198} decoding="async" />
        </div>
      )}
      <div class="card-body">
        <p class="source">
          <span class="site">{article.siteName}</span>
          {article.byline && article.byline !== article.siteName && <span class="byline"> · {article.byline}</span>}
        </p>
        <h1 id="card-title" class="title">{article.title}</h1>
        <div class="meta-row">
          <p class="meta">{meta}</p>
          <button type="button" class="button read-button" onClick={onRead} disabled={readStatus === 'opening'} title={t('readerReadHint')}>
            {t('readerRead')}
          </button>
        </div>
        {readStatus === 'failed' && (
          <p class="read-status problem" role="alert">
            {t('readerReadFailed')}
          </p>
        )}
        {article.summary.length > 0 && (
          <section class="summary" aria-label={t('popupSummary')}>
            <ul>
              {article.summary.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </section>
        )}
        <section class="react" aria-labelledby="react-heading">
          <h2 id="react-heading" class="react-heading">{t('reactionGroupLabel')}</h2>
          <ReactionPicker value={reaction} onChange={onReact} />
          <p class={problem ? 'reaction-status problem' : 'reaction-status'} role="status">
            {t(STATUS_KEYS[reactionStatus])}
          </p>
        </section>
      </div>
    </article>
  );
}
