import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { usePaintMark } from '../ui/paint-mark';
import { applySettings } from './apply-settings';
import { keyAction } from './keyboard';
import { ProblemView } from './problem-view';
import { ReaderView } from './reader-view';
import type { ReaderServices } from './services';
import { useReaderState } from './use-reader-state';

export function ReaderApp({ services }: { services: ReaderServices }) {
  const state = useReaderState(services);
  const { view, settings } = state;
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => applySettings(settings), [settings]);
  usePaintMark('bodyPaintedAt', view.kind === 'article');

  const fallbackUrl = view.kind === 'article' ? view.article.url : view.kind === 'problem' ? view.url : null;
  const back = () => services.goBack(fallbackUrl);

  useEffect(() => {
    document.title = view.kind === 'article' ? view.article.title : t('extName');
    document.documentElement.dataset.readerState = view.kind;
  }, [view]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = keyAction(event);
      if (!action || event.defaultPrevented) return;
      if (action === 'back') {
        event.preventDefault();
        // Esc first closes the settings, then leaves.
        if (settingsOpen) {
          setSettingsOpen(false);
          document.querySelector<HTMLElement>('.settings summary')?.focus();
        } else back();
        return;
      }
      if (view.kind !== 'article') return;
      event.preventDefault();
      if (action === 'bigger') state.bigger();
      else if (action === 'smaller') state.smaller();
      else state.cycleTheme();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  switch (view.kind) {
    case 'loading':
      return (
        <main id="main" class="loading" aria-busy="true">
          <p class="visually-hidden" role="status">
            {t('readerLoading')}
          </p>
        </main>
      );
    case 'article':
      return (
        <ReaderView
          services={services}
          article={view.article}
          canonicalUrl={view.target.canonicalUrl}
          settings={settings}
          settingsFailed={state.settingsStatus === 'failed'}
          onSettings={state.changeSettings}
          onBigger={state.bigger}
          onSmaller={state.smaller}
          reaction={state.reaction}
          reactionStatus={state.reactionStatus}
          onReact={state.choose}
          onBack={back}
          settingsOpen={settingsOpen}
          onSettingsOpen={setSettingsOpen}
        />
      );
    case 'problem':
      return <ProblemView problem={view.problem} url={view.url} onBack={back} />;
    case 'missing':
    case 'unreadable':
      return <ProblemView problem={view.kind} url={null} onBack={back} />;
  }
}
