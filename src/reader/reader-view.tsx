import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../core';
import type { Reaction } from '../reactions/record';
import type { ReaderSettings } from '../storage/reader-settings';
import { formatDate } from '../ui/format-date';
import { LeadImage } from '../ui/lead-image';
import { t } from '../ui/i18n';
import { ReactionPicker } from '../ui/reaction-picker';
import { ReactionStatusLine } from '../ui/reaction-status';
import { useKeepArticle } from '../ui/use-keep-article';
import type { ReactionStatus } from '../ui/use-stored-reaction';
import { ArticleBody } from './article-body';
import { AlwaysOpenButton, KeepButton, LibraryStatus } from './library-actions';
import { ReadAloudControls, ReadAloudStatus } from './read-aloud-controls';
import { SettingsPanel } from './settings-panel';
import type { ReaderServices } from './services';
import { ReaderToolbar, type ToolbarAction } from './toolbar';
import { goToHeading } from './page-moves';
import { ReadingProgress } from './reading-progress';
import { TocMenu, TocPanel } from './table-of-contents';
import { TakeAwayMenu } from './take-away-menu';
import { KeyHelp } from './key-help';
import { TOC_MIN_HEADINGS, useHeadings, useSideRoom } from './use-headings';
import { useReadingPosition } from './use-reading-position';
import { useAlwaysOpen } from './use-always-open';
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
  /** The toolbar panel that is open (one at a time), or null. */
  openMenu: ReaderMenu | null;
  onMenu(menu: ReaderMenu | null): void;
  helpOpen: boolean;
  onHelp(open: boolean): void;
}

export type ReaderMenu = 'display' | 'take-away' | 'contents';

/** Below this much room beside the article, the table of contents is a toolbar menu instead of a panel. */
const TOC_PANEL_MIN_WIDTH = 200;

export function ReaderView(props: Props) {
  const { services, article, settings, reaction, reactionStatus } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [roots] = useState(() => [titleRef, bodyRef]);
  const speech = useReadAloud(services, roots, article.lang, settings.speechRate);
  const summaryRef = useRef<HTMLDetailsElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const headings = useHeadings(bodyRef, article.contentHtml);
  const position = useReadingPosition(articleRef, headings.elements);
  const sideRoom = useSideRoom(articleRef, TOC_PANEL_MIN_WIDTH);
  const hasToc = headings.entries.length >= TOC_MIN_HEADINGS;
  const menu = (name: ReaderMenu) => ({ open: props.openMenu === name, onToggle: (open: boolean) => props.onMenu(open ? name : props.openMenu === name ? null : props.openMenu) });
  const pickHeading = (index: number) => {
    const heading = headings.elements[index];
    if (heading) goToHeading(heading);
  };
  const keepTarget = useMemo(() => ({ canonicalUrl: props.canonicalUrl, article }), [props.canonicalUrl, article]);
  const keeping = useKeepArticle(services.kept, keepTarget);
  const always = useAlwaysOpen(services, article.url);
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

  // The toolbar's controls, in order. Another feature adds its control here.
  const actions: ToolbarAction[] = [
    {
      id: 'read-aloud',
      control: (
        <ReadAloudControls
          availability={speech.availability}
          state={speech.state}
          rate={settings.speechRate}
          onToggle={speech.toggle}
          onRate={(speechRate) => props.onSettings({ speechRate })}
        />
      ),
    },
    { id: 'take-away', control: <TakeAwayMenu article={article} copyText={(text) => services.copyText(text)} {...menu('take-away')} /> },
    ...(hasToc && !sideRoom ? [{ id: 'contents', control: <TocMenu entries={headings.entries} current={position.currentHeading} onPick={pickHeading} {...menu('contents')} /> }] : []),
    { id: 'keep', control: <KeepButton keeping={keeping} /> },
    ...(always.site ? [{ id: 'always-open', control: <AlwaysOpenButton always={always} /> }] : []),
    {
      id: 'display',
      control: (
        <SettingsPanel
          settings={settings}
          onChange={props.onSettings}
          onBigger={props.onBigger}
          onSmaller={props.onSmaller}
          failed={props.settingsFailed}
          onHelp={() => {
            props.onMenu(null);
            props.onHelp(true);
          }}
          narrowControl={always.site ? <AlwaysOpenButton always={always} inPanel /> : undefined}
          {...menu('display')}
        />
      ),
    },
  ];

  const date = formatDate(article.publishedTime, article.lang, 'long');
  const showLeadImage = article.leadImage && !/<img\b/i.test(article.contentHtml);
  return (
    <>
      <ReaderToolbar
        url={article.url}
        onBack={props.onBack}
        actions={actions}
        progress={<ReadingProgress progress={position.progress} readingMinutes={article.readingMinutes} />}
        note={
          <>
            <LibraryStatus keeping={keeping} always={always} />
            <ReadAloudStatus availability={speech.availability} state={speech.state} />
          </>
        }
      />
      {hasToc && sideRoom > 0 && (
        <aside class="toc-aside" style={{ width: `${sideRoom}px` }}>
          <TocPanel entries={headings.entries} current={position.currentHeading} onPick={pickHeading} />
        </aside>
      )}
      <main id="main" class="reader-main">
        <article class="article" ref={articleRef} lang={article.lang ?? undefined} dir={article.dir === 'rtl' || article.dir === 'ltr' ? article.dir : undefined} aria-labelledby="article-title">
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
              <ReactionPicker value={reaction} onChange={react} />
              <ReactionStatusLine status={reactionStatus} />
            </section>
            <p class="original-link">
              <a href={article.url}>{t('readerOpenOriginal')}</a>
            </p>
          </footer>
        </article>
      </main>
      <KeyHelp open={props.helpOpen} onClose={() => props.onHelp(false)} />
    </>
  );
}
