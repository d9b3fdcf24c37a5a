import type { RestrictedReason } from '../platform/restricted-pages';
import { ArticleCard } from './article-card';
import type { PopupServices } from './services';
import { StatusMessage } from './status-message';
import { usePopupState } from './use-popup-state';

const RESTRICTED: Record<RestrictedReason, { title: string; text: string }> = {
  'browser-page': {
    title: 'This is a browser page',
    text: 'The browser does not let extensions read its own pages (settings, new tab, extensions). Open a news article and click Clean Reader again.',
  },
  'web-store': {
    title: 'The extension store is off limits',
    text: 'The browser does not let any extension read the extension store. Open an article on another site.',
  },
  pdf: {
    title: 'PDFs cannot be read here',
    text: 'This file opens in the browser’s PDF viewer, which extensions cannot read.',
  },
  'local-file': {
    title: 'No access to local files',
    text: 'To read files from your computer, turn on “Allow access to file URLs” for Clean Reader on the browser’s extensions page.',
  },
  'not-web': {
    title: 'Not a web page',
    text: 'This tab has no web address Clean Reader can read.',
  },
};

export function PopupApp({ services }: { services: PopupServices }) {
  const { view, reaction, reactionStatus, choose, retry, tryAnyway } = usePopupState(services);
  switch (view.kind) {
    case 'loading':
      return (
        <div class="loading" role="status" aria-live="polite">
          <div class="skeleton image" />
          <div class="skeleton line short" />
          <div class="skeleton line" />
          <div class="skeleton line" />
          <p class="visually-hidden">Reading the page…</p>
        </div>
      );
    case 'article':
      return <ArticleCard article={view.article} reaction={reaction} reactionStatus={reactionStatus} onReact={choose} />;
    case 'not-article':
      return (
        <StatusMessage title="This page doesn’t look like an article" action={{ label: 'Try anyway', onClick: tryAnyway }}>
          <p>Clean Reader found no article text on {view.title ? `“${view.title}”` : 'this page'}. Home pages, search results and apps usually have none.</p>
        </StatusMessage>
      );
    case 'restricted': {
      const { title, text } = RESTRICTED[view.reason];
      return (
        <StatusMessage title={title}>
          <p>{text}</p>
        </StatusMessage>
      );
    }
    case 'pdf':
      return (
        <StatusMessage title={RESTRICTED.pdf.title}>
          <p>{RESTRICTED.pdf.text}</p>
        </StatusMessage>
      );
    case 'too-large':
      return (
        <StatusMessage title="This page is too large" kind="problem">
          <p>It has {view.elementCount.toLocaleString()} elements; reading it could freeze the tab, so Clean Reader stopped.</p>
        </StatusMessage>
      );
    case 'no-tab':
      return (
        <StatusMessage title="No page to read" kind="problem">
          <p>Clean Reader could not find the current tab.</p>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage title="Something went wrong" kind="problem" action={{ label: 'Try again', onClick: retry }}>
          <p>Clean Reader could not read this page.</p>
          <p class="detail">{view.message}</p>
        </StatusMessage>
      );
  }
}
