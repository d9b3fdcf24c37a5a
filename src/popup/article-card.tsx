import { keyPointCount, type CardFinish, type ExtractedPage, type PageHead } from '../core';
import type { Reaction } from '../reactions/record';
import { isolateText } from '../ui/bidi';
import { formatDate } from '../ui/format-date';
import { LeadImage } from '../ui/lead-image';
import { siteInitial } from '../ui/site-initial';
import { t } from '../ui/i18n';
import { ReactionPicker } from '../ui/reaction-picker';
import { ReactionStatusLine } from '../ui/reaction-status';
import type { ReactionStatus } from '../ui/use-stored-reaction';
import type { KeepStatus } from '../ui/use-keep-article';
import '../ui/read-button.css';
import { RemovedClutterNote } from './removed-clutter';
import type { KeyPoints, KeyPointsSource } from './use-key-points';
import type { ReadStatus } from './use-popup-state';

interface Props {
  /**
   * What the page said before extracting (src/core/page-head.ts): title, site and image, shown
   * until `page` is in; the places of the rest are kept meanwhile, so the extraction fills them without a jump.
   */
  head: PageHead | null;
  /** The article as the page extracted it: title, site, image, the "Hid" line; null until it is in. */
  page: ExtractedPage | null;
  /** What finishing adds (key points, the publisher's summary), null until computed; their place is kept meanwhile. */
  finished: CardFinish | null;
  keyPoints: KeyPoints;
  reaction: Reaction | null;
  reactionStatus: ReactionStatus;
  /** Whether the article was kept with the reaction. */
  keepStatus?: KeepStatus;
  onReact(next: Reaction | null): void;
  onOpenHistory(): void;
  readStatus: ReadStatus;
  /** With `too-large`: the article's size and the most the reader takes, in bytes. */
  readTooLarge?: { bytes: number; limit: number } | null;
  /** Opens the whole article in the reading view. */
  onRead(): void;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString(undefined, { maximumFractionDigits: 1 });

const SOURCE_KEYS: Record<KeyPointsSource, string> = {
  extractive: 'popupKeyPointsByExtractive',
  'on-device': 'popupKeyPointsByOnDevice',
  'on-device-pending': 'popupKeyPointsPending',
  'extractive-fallback': 'popupKeyPointsFallback',
};

/**
 * Where the key points will be: the lines that as many points as the article's length gives (3 to 5) commonly
 * take at the popup's width (`RESERVED_LINES`; more would not fit an 800×600 screen), so the picker below moves
 * little when they come. The list keeps at least that height once filled (popup.css).
 */
function PendingKeyPoints({ points }: { points: number }) {
  return (
    <section class="summary pending" data-points={points} aria-busy="true" aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="section-heading">{t('popupKeyPoints')}</h2>
      <div class="pending-lines" aria-hidden="true">
        {Array.from({ length: RESERVED_LINES[points] ?? 10 }, (_, index) => (
          <div key={index} class={index % 3 === 2 ? 'skeleton line short' : 'skeleton line'} />
        ))}
      </div>
      <div class="summary-foot" aria-hidden="true">
        <div class="skeleton line foot" />
      </div>
    </section>
  );
}

/** Lines kept for 3, 4 or 5 key points (popup.css reserves the same). */
const RESERVED_LINES: Record<number, number> = { 3: 9, 4: 10, 5: 12 };

export function ArticleCard({ head, page, finished, keyPoints, reaction, reactionStatus, keepStatus, onReact, onOpenHistory, readStatus, readTooLarge, onRead }: Props) {
  const article = page ?? head;
  if (!article) throw new Error('ArticleCard: neither the page nor its head is in.');
  // Byline and date come with the extraction, on lines that are there already.
  const date = page && formatDate(page.publishedTime, page.lang);
  // Before the extraction, the page's paragraphs say how long the article is, near enough to keep the points' place.
  const reservedPoints = keyPointCount(page ? page.wordCount : (head?.paragraphWords ?? 0));
  const meta = [page && t('popupMinutesRead', page.readingMinutes), date].filter(Boolean).join(' · ');
  const publisherSummary = finished?.publisherSummary && (
    <details class="publisher-summary">
      <summary>{t('popupPublisherSummary', article.siteName ? isolateText(article.siteName) : t('popupThePublisher'))}</summary>
      <p dir="auto">{finished.publisherSummary}</p>
    </details>
  );
  return (
    <article class="card" lang={article.lang ?? undefined} aria-labelledby="card-title">
      {/* Title and picture side by side, so the key points and the picker fit the popup's height. */}
      <header class="card-head">
        <div class="card-head-text">
          <p class="source">
            <span class="site" dir="auto">{article.siteName}</span>
            {page?.byline && page.byline !== page.siteName && (
              <>
                <span aria-hidden="true"> · </span>
                <span class="byline" dir="auto">{page.byline}</span>
              </>
            )}
          </p>
          <h1 id="card-title" class="title" dir="auto">{article.title}</h1>
          <div class="meta-row">
            <p class="meta">{meta}</p>
            <button type="button" class="button read-button" onClick={onRead} disabled={!page || readStatus === 'opening'} title={t('readerReadHint')}>
              {t('readerRead')}
            </button>
          </div>
        </div>
        {article.leadImage && (
          <div class="lead-image" data-initial={siteInitial(article.siteName, article.url)}>
            <LeadImage image={article.leadImage} width={132} height={99} />
          </div>
        )}
      </header>
      <div class="card-body">
        {readStatus === 'too-large' && readTooLarge && (
          <p class="read-status problem" role="alert">
            {t('readerTooLarge', megabytes(readTooLarge.bytes), megabytes(readTooLarge.limit))}
          </p>
        )}
        {readStatus === 'failed' && (
          <p class="read-status problem" role="alert">
            {t('readerReadFailed')}
          </p>
        )}
        {/* One line kept for it, whether or not anything was hidden: nothing below moves when it comes. */}
        <div class="hid-line">{page ? <RemovedClutterNote removed={page.removed} /> : <div class="skeleton" aria-hidden="true" />}</div>
        {!finished && <PendingKeyPoints points={reservedPoints} />}
        {finished && keyPoints.sentences.length > 0 && (
          <section class="summary" data-points={reservedPoints} aria-labelledby="summary-heading" aria-busy={keyPoints.source === 'on-device-pending'}>
            <h2 id="summary-heading" class="section-heading">{t('popupKeyPoints')}</h2>
            <ul>
              {keyPoints.sentences.map((sentence) => (
                <li key={sentence} dir="auto">{sentence}</li>
              ))}
            </ul>
            {/* Who picked the points, and the publisher's own summary folded beside it: one line while folded. */}
            <div class="summary-foot">
              <p class="summary-source" data-source={keyPoints.source}>
                {t(SOURCE_KEYS[keyPoints.source])}
              </p>
              {publisherSummary}
            </div>
          </section>
        )}
        {finished && keyPoints.sentences.length === 0 && publisherSummary}
        <section class="react" aria-labelledby="react-heading">
          <div class="react-head">
            <h2 id="react-heading" class="section-heading">{t('reactionGroupLabel')}</h2>
            <button type="button" class="history-link" onClick={onOpenHistory}>
              {t('historyOpen')}
            </button>
          </div>
          <ReactionPicker value={reaction} onChange={onReact} />
          <ReactionStatusLine status={reactionStatus} keep={keepStatus} />
        </section>
      </div>
    </article>
  );
}
