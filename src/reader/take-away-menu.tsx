import { useState } from 'preact/hooks';
import type { Article } from '../core';
import { downloadText } from '../ui/download';
import { formatDate } from '../ui/format-date';
import { t } from '../ui/i18n';
import { ToolbarMenu } from './toolbar-menu';

interface Props {
  article: Article;
  open: boolean;
  onToggle(open: boolean): void;
  /** Writes text to the clipboard (the browser's, behind the services). */
  copyText(text: string): Promise<void>;
}

type TakeAway = typeof import('./take-away');
let loading: Promise<TakeAway> | null = null;
/** The converter loads on first use (opening the menu starts it), so the reader's first paint never waits for it. */
function takeAway(): Promise<TakeAway> {
  return (loading ??= import('./take-away'));
}

/** "Save": copy or download the article as Markdown, download it as one HTML file, or print it. */
export function TakeAwayMenu({ article, open, onToggle, copyText }: Props) {
  const [status, setStatus] = useState<{ text: string; problem: boolean } | null>(null);
  const [embedImages, setEmbedImages] = useState(false);

  const run = async (action: (module: TakeAway) => Promise<string>, failure: string) => {
    setStatus(null);
    try {
      setStatus({ text: await action(await takeAway()), problem: false });
    } catch {
      setStatus({ text: failure, problem: true });
    }
  };

  const markdownWords = () => ({ readingTime: t('readerMinutes', article.readingMinutes) });

  const copyMarkdown = () =>
    run(async ({ markdownOf }) => {
      await copyText(markdownOf(article, markdownWords()));
      return t('readerCopied');
    }, t('readerCopyFailed'));

  const downloadMarkdown = () =>
    run(async ({ markdownOf, exportFileName }) => {
      const name = exportFileName(article.title, 'md');
      downloadText(name, 'text/markdown;charset=utf-8', markdownOf(article, markdownWords()));
      return t('readerSaved', name);
    }, t('readerSaveFailed'));

  const downloadHtml = () =>
    run(async ({ htmlFileOf, exportFileName }) => {
      const date = formatDate(article.publishedTime, article.lang, 'long');
      const metaLine = [article.byline, date, t('readerMinutes', article.readingMinutes)].filter(Boolean).join(' · ');
      const file = await htmlFileOf(article, { uiLang: t('readerUiLang'), summaryHeading: t('readerSummary'), metaLine, sourceLabel: t('readerOriginal') }, embedImages);
      const name = exportFileName(article.title, 'html');
      downloadText(name, 'text/html;charset=utf-8', file.html);
      if (!embedImages) return t('readerSaved', name);
      return file.linked > 0 ? t('readerSavedSomeLinked', name, file.embedded, file.linked) : t('readerSavedEmbedded', name, file.embedded);
    }, t('readerSaveFailed'));

  const toggle = (next: boolean) => {
    if (next) void takeAway().catch(() => undefined);
    onToggle(next);
  };

  return (
    <ToolbarMenu name="take-away" icon="⤓" label={t('readerSave')} open={open} onToggle={toggle}>
      <ul class="menu-items">
        <li>
          <button type="button" class="menu-item copy-markdown" onClick={copyMarkdown}>
            {t('readerCopyMarkdown')}
          </button>
        </li>
        <li>
          <button type="button" class="menu-item download-markdown" onClick={downloadMarkdown}>
            {t('readerDownloadMarkdown')}
          </button>
        </li>
        <li>
          <button type="button" class="menu-item download-html" onClick={downloadHtml}>
            {t('readerDownloadHtml')}
          </button>
          <label class="menu-option">
            <input type="checkbox" class="embed-images" checked={embedImages} onChange={(event) => setEmbedImages((event.currentTarget as HTMLInputElement).checked)} />{' '}
            {t('readerEmbedImages')}
          </label>
        </li>
        <li>
          <button type="button" class="menu-item print" onClick={() => print()}>
            {t('readerPrint')}
          </button>
        </li>
      </ul>
      <p class={`menu-status${status?.problem ? ' problem' : ''}`} role="status">
        {status?.text ?? ''}
      </p>
    </ToolbarMenu>
  );
}
