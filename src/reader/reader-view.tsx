import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../core';
import type { Reaction } from '../reactions/record';
import type { ReaderSettings } from '../storage/reader-settings';
import { formatDate } from '../ui/format-date';
import { t } from '../ui/i18n';
import { ReactionPicker } from '../ui/reaction-picker';
import { ReactionStatusLine } from '../ui/reaction-status';
import { useKeepArticle } from '../ui/use-keep-article';
import type { ReactionStatus } from '../ui/use-stored-reaction';
import { ArticleBody } from './article-body';
import { LibraryActions } from './library-actions';
import { ReadAloudControls } from './read-aloud-controls';
import { SettingsPanel } from './settings-panel';
import type { ReaderServices } from './services';
import { useReadAloud } from './use-read-aloud';

interface Props {
  services: ReaderServices;
  article: Article;
  /** The article's identity, shared by its reaction and its kept copy. */
  canonicalUrl: string;
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
  const keepTarget = useMemo(() => ({ canonicalUrl: props.canonicalUrl, article }), [props.canonicalUrl, article]);
  const keeping = useKeepArticle(services.kept, keepTarget);
  // A reaction keeps the article too (the Keep button keeps it without one).
  const react = (next: Reaction | null) => {
    props.onReact(next);
    if (next && keeping.kept === false) void keeping.keep();
  };

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
            <LibraryActions services={services} article={article} keeping={keeping} />
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
            {article.siteName && <p class="site">{article.siteName}</p>}
            <h1 id="article-title" class="article-title" ref={titleRef}>
              {article.title}
            </h1>
            <p class="article-meta">
              {article.byline && <span class="byline">{article.byline}</span>}
              {date && article.publishedTime && <time dateTime={article.publishedTime}>{date}</time>}
              <span class="reading-time">{t('readerMinutes', article.readingMinutes)}</span>
            </p>
            {article.summary.length > 0 && (
              <details class="summary" open ref={summaryRef}>
                <summary>{t('readerSummary')}</summary>
                <ul>
                  {article.summary.map((sentence) => (
                    <li key={sentence}>{sentence}</li>
                  ))}
                </ul>
              </details>
            )}
          </header>
          {showLeadImage && article.leadImage && (
            <figure class="lead-image">
              <img src={article.leadImage.src} alt={article.leadImage.alt} decoding="async" />
            </figure>
          )}
          <ArticleBody html={article.contentHtml} bodyRef={bodyRef} />
          <footer class="article-end">
            <section class="react" aria-labelledby="react-heading">
              <h2 id="react-heading" class="react-heading">
                {t('reactionGroupLabel')}
              </h2>
              <ReactionPicker value={reaction} onChange={react} />
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
