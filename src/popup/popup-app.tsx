import { useMemo } from 'preact/hooks';
import type { PageProblem } from '../core';
import type { Reaction } from '../reactions/record';
import { useKeepArticle } from '../ui/use-keep-article';
import { t } from '../ui/i18n';
import { usePaintMark } from '../ui/paint-mark';
import { pageProblemText } from '../ui/page-problem-text';
import { ArticleCard } from './article-card';
import type { PopupServices } from './services';
import { StatusMessage } from './status-message';
import { useKeyPoints } from './use-key-points';
import { usePopupState } from './use-popup-state';

/** Why there is no card, and what can be done: try again after an error, try anyway on a page that does not look like an article. */
function ProblemMessage({ problem, retry, tryAnyway }: { problem: PageProblem; retry(): void; tryAnyway(): void }) {
  const words = pageProblemText(problem);
  // Forced extraction that found nothing offers no "Try anyway": it would only loop.
  const action =
    problem.kind === 'error'
      ? { label: t('popupTryAgain'), onClick: retry }
      : problem.kind === 'not-article' && problem.reason === 'not-readerable'
        ? { label: t('popupTryAnyway'), onClick: tryAnyway }
        : undefined;
  return (
    <StatusMessage title={words.title} kind={words.alarming ? 'problem' : 'info'} action={action}>
      <p>{words.text}</p>
      {words.detail && <p class="detail">{words.detail}</p>}
    </StatusMessage>
  );
}

export function PopupApp({ services }: { services: PopupServices }) {
  const { view, reaction, reactionStatus, readStatus, readTooLarge, choose, read, retry, tryAnyway } = usePopupState(services);
  const page = view.kind === 'article' ? view.page : null;
  const finished = view.kind === 'article' ? view.finished : null;
  const keyPoints = useKeyPoints(page, finished, services);
  const extraction = view.kind === 'article' ? { extractionMs: view.extractionMs.toFixed(2) } : undefined;
  // Title, site, image and the "Hid" line first; the whole card once the key points are in.
  usePaintMark('headPaintedAt', view.kind === 'head' || view.kind === 'article');
  usePaintMark('cardPaintedAt', finished !== null, extraction);
  // A reaction keeps the article on the device too, as the reader shows it (with the card's key points); its
  // body is asked of the page only then.
  const keepTarget = useMemo(
    () =>
      view.kind === 'article' && view.finished
        ? { canonicalUrl: view.target.canonicalUrl, article: async () => ({ ...(await services.article(view.page)), summary: keyPoints.sentences }) }
        : null,
    [view, keyPoints.sentences, services],
  );
  const keeping = useKeepArticle(services.kept, keepTarget);
  // Clearing the reaction here takes back the copy it kept (the reader's Keep button keeps without one).
  const react = (next: Reaction | null) => {
    void choose(next);
    void (next ? keeping.keep() : keeping.kept ? keeping.unkeep() : undefined);
  };
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
    case 'head':
    case 'article':
      return (
        <ArticleCard
          head={view.kind === 'head' ? view.head : null}
          page={view.kind === 'article' ? view.page : null}
          finished={finished}
          keyPoints={keyPoints}
          reaction={reaction}
          reactionStatus={reactionStatus}
          onReact={react}
          keepStatus={keeping.status}
          onOpenHistory={() => void services.openHistory()}
          readStatus={readStatus}
          readTooLarge={readTooLarge}
          onRead={() => void read(finished ? keyPoints.sentences : null)}
        />
      );
    case 'problem':
      return <ProblemMessage problem={view.problem} retry={retry} tryAnyway={tryAnyway} />;
  }
}
