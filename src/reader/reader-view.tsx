import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../core';
import type { Reaction } from '../reactions/record';
import type { ReaderSettings } from '../storage/reader-settings';
import { formatDate } from '../ui/format-date';
import { LeadImage } from '../ui/lead-image';
import { t } from '../ui/i18n';
import { ReactionPicker } from '../ui/reaction-picker';
import { ReactionStatusLine } from '../ui/reaction-status';
import type { ReactionStatus } from '../ui/use-stored-reaction';
import { ArticleBody } from './article-body';
import { ReadAloudControls } from './read-aloud-controls';
import { SettingsPanel } from './settings-panel';
import type { ReaderServices } from './services';
import { useReadAloud } from './use-read-aloud';

interface Props {
  services: ReaderServices;
  article: Article;
  settings: ReaderSettings;
  settingsFailed: boolean;
  onSettings(patch: Partial<ReaderSettings>): void;
  onBigger(): void;
  onSmaller(): void;
  reaction: Reaction | null;
  reactionStatus: ReactionStatus;
  onReact(next: Reaction | null): void;
  onBack(): void;
  settingsOpen: boolean;
  onSettingsOpen(open: boolean): void;
}

/** The URL as a person reads it: host and path, without the scheme. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

export function ReaderView(props: Props) {
  const { services, article, settings, reaction, reactionStatus } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [roots] = useState(() => [titleRef, bodyRef]);
  const speech = useReadAloud(services, roots, article.lang, settings.speechRate);
  const summaryRef = useRef<HTMLDetailsElement>(null);

  // Printing shows the summary even when it is folded.
  useEffect(() => {
    let wasOpen = true;
    const before = () => {
      if (!summaryRef.current) return;
      wasOpen = summaryRef.current.open;
      summaryRef.current.open = true;
    };
    const after = () => {
      if (summaryRef.current) summaryRef.current.open = wasOpen;
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);

  const date = formatDate(article.publishedTime, article.lang, 'long');
  const showLeadImage = article.leadImage && !/<img\b/i.test(article.contentHtml);
  return (
    <>
      <header class="toolbar">
        <div class="toolbar-inner">
          <button type="button" class="tool-button back" onClick={props.onBack}>
            <span aria-hidden="true" class="tool-icon">←</span> {t('readerBack')}
          </button>
          <a class="original-url" href={article.url} title={article.url}>
            <span class="visually-hidden">{t('readerOriginal')} </span>
            {displayUrl(article.url)}
          </a>
          <div class="tools">
            <ReadAloudControls
              availability={speech.availability}
              state={speech.state}
              rate={settings.speechRate}
              onToggle={speech.toggle}
              onRate={(speechRate) => props.onSettings({ speechRate })}
            />
            <SettingsPanel
              settings={settings}
              onChange={props.onSettings}
              onBigger={props.onBigger}
              onSmaller={props.onSmaller}
              failed={props.settingsFailed}
              open={props.settingsOpen}
              onToggle={props.onSettingsOpen}
            />
          </div>
        </div>
      </header>
      <main id="main" class="reader-main">
        <article class="article" lang={article.lang ?? undefined} dir={article.dir === 'rtl' || article.dir === 'ltr' ? article.dir : undefined} aria-labelledby="article-title">
          <header class="article-header">
            {article.siteName && <p class="site" dir="auto">{article.siteName}</p>}
            <h1 id="article-title" class="article-title" dir="auto" ref={titleRef}>
              {article.title}
            </h1>
            <p class="article-meta">
              {article.byline && <span class="byline" dir="auto">{article.byline}</span>}
              {date && article.publishedTime && <time dateTime={article.publishedTime}>{date}</time>}
              <span class="reading-time">{t('readerMinutes', article.readingMinutes)}</span>
            </p>
            {article.summary.length > 0 && (
              <details class="summary" open ref={summaryRef}>
                <summary>{t('readerSummary')}</summary>
                <ul>
                  {article.summary.map((sentence) => (
                    <li key={sentence} dir="auto">{sentence}</li>
                  ))}
                </ul>
              </details>
            )}
          </header>
          {showLeadImage && article.leadImage && (
            <figure class="lead-image">
              <LeadImage image={article.leadImage} />
            </figure>
          )}
          <ArticleBody html={article.contentHtml} bodyRef={bodyRef} />
          <footer class="article-end">
            <section class="react" aria-labelledby="react-heading">
              <h2 id="react-heading" class="react-heading">
                {t('reactionGroupLabel')}
              </h2>
              <ReactionPicker value={reaction} onChange={props.onReact} />
              <ReactionStatusLine status={reactionStatus} />
            </section>
            <p class="original-link">
              <a href={article.url}>{t('readerOpenOriginal')}</a>
            </p>
          </footer>
        </article>
      </main>
    </>
  );
}
