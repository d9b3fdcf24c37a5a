import type { RestrictedReason } from '../platform/restricted-pages';
import { t } from '../ui/i18n';
import { ArticleCard } from './article-card';
import type { PopupServices } from './services';
import { StatusMessage } from './status-message';
import { usePopupState } from './use-popup-state';

const RESTRICTED_KEYS: Record<RestrictedReason, { title: string; text: string }> = {
  'browser-page': { title: 'popupBrowserPageTitle', text: 'popupBrowserPageText' },
  'web-store': { title: 'popupWebStoreTitle', text: 'popupWebStoreText' },
  pdf: { title: 'popupPdfTitle', text: 'popupPdfText' },
  'local-file': { title: 'popupLocalFileTitle', text: 'popupLocalFileText' },
  'not-web': { title: 'popupNotWebTitle', text: 'popupNotWebText' },
};

function Restricted({ reason }: { reason: RestrictedReason }) {
  const keys = RESTRICTED_KEYS[reason];
  return (
    <StatusMessage title={t(keys.title)}>
      <p>{t(keys.text)}</p>
    </StatusMessage>
  );
}

export function PopupApp({ services }: { services: PopupServices }) {
  const { view, reaction, reactionStatus, readStatus, choose, read, retry, tryAnyway } = usePopupState(services);
  switch (view.kind) {
    case 'loading':
      return (
        <div class="loading" role="status" aria-live="polite">
          <div class="skeleton image" />
          <div class="skeleton line short" />
          <div class="skeleton line" />
          <div class="skeleton line" />
          <p class="visually-hidden">{t('popupLoading')}</p>
        </div>
      );
    case 'article':
      return (
        <ArticleCard
          article={view.article}
          reaction={reaction}
          reactionStatus={reactionStatus}
          onReact={choose}
          readStatus={readStatus}
          onRead={read}
        />
      );
    case 'not-article':
      return (
        <StatusMessage title={t('popupNotArticleTitle')} action={{ label: t('popupTryAnyway'), onClick: tryAnyway }}>
          <p>{t('popupNotArticleText', view.title)}</p>
        </StatusMessage>
      );
    case 'restricted':
      return <Restricted reason={view.reason} />;
    case 'pdf':
      return <Restricted reason="pdf" />;
    case 'too-large':
      return (
        <StatusMessage title={t('popupTooLargeTitle')} kind="problem">
          <p>{t('popupTooLargeText', view.elementCount.toLocaleString())}</p>
        </StatusMessage>
      );
    case 'no-tab':
      return (
        <StatusMessage title={t('popupNoTabTitle')} kind="problem">
          <p>{t('popupNoTabText')}</p>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage title={t('popupErrorTitle')} kind="problem" action={{ label: t('popupTryAgain'), onClick: retry }}>
          <p>{t('popupErrorText')}</p>
          <p class="detail">{view.message}</p>
        </StatusMessage>
      );
  }
}
