import type { RestrictedReason } from '../platform/restricted-pages';
import { t } from '../ui/i18n';
import { RESTRICTED_MESSAGES } from '../ui/restricted-messages';
import { ArticleCard } from './article-card';
import type { PopupServices } from './services';
import { StatusMessage } from './status-message';
import { useKeyPoints } from './use-key-points';
import { usePopupState } from './use-popup-state';

function Restricted({ reason }: { reason: RestrictedReason }) {
  const keys = RESTRICTED_MESSAGES[reason];
  return (
    <StatusMessage title={t(keys.title)}>
      <p>{t(keys.text)}</p>
    </StatusMessage>
  );
}

export function PopupApp({ services }: { services: PopupServices }) {
  const { view, reaction, reactionStatus, readStatus, choose, read, retry, tryAnyway } = usePopupState(services);
  const keyPoints = useKeyPoints(view.kind === 'article' ? view.article : null, services);
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
          keyPoints={keyPoints}
          extractionMs={view.extractionMs}
          reaction={reaction}
          reactionStatus={reactionStatus}
          onReact={choose}
          onOpenHistory={() => void services.openHistory()}
          readStatus={readStatus}
          onRead={() => void read(keyPoints.sentences)}
        />
      );
    case 'not-article':
      // Forced extraction found nothing either: offering "Try anyway" again would only loop.
      if (view.reason === 'no-content') {
        return (
          <StatusMessage title={t('popupNoContentTitle')}>
            <p>{t('popupNoContentText', view.title)}</p>
          </StatusMessage>
        );
      }
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
