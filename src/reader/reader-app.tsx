import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { usePaintMark } from '../ui/paint-mark';
import { applySettings } from './apply-settings';
import { keyAction } from './keyboard';
import { ProblemView } from './problem-view';
import { ReaderView, type ReaderMenu } from './reader-view';
import { movePage } from './page-moves';
import type { ReaderServices } from './services';
import { useReaderState } from './use-reader-state';

export function ReaderApp({ services }: { services: ReaderServices }) {
  const state = useReaderState(services);
  const { view, settings } = state;
  const [openMenu, setOpenMenu] = useState<ReaderMenu | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // The key listener is bound again after each paint; a key pressed before that must still see what is open now.
  const openNow = useRef({ menu: openMenu, help: helpOpen });
  openNow.current = { menu: openMenu, help: helpOpen };

  useEffect(() => applySettings(settings), [settings]);
  usePaintMark('bodyPaintedAt', view.kind === 'article');

  const fallbackUrl = view.kind === 'article' ? view.article.url : view.kind === 'problem' ? view.url : null;
  const back = () => services.goBack(fallbackUrl);

  useEffect(() => {
    document.title = view.kind === 'article' ? view.article.title : t('extName');
    document.documentElement.dataset.readerState = view.kind;
  }, [view]);

  // A click anywhere outside the open panel closes it, as menus do.
  useEffect(() => {
    if (!openMenu) return;
    const onPointer = (event: PointerEvent) => {
      if (!(event.target as Element | null)?.closest?.('.toolbar-menu[open]')) setOpenMenu(null);
    };
    addEventListener('pointerdown', onPointer);
    return () => removeEventListener('pointerdown', onPointer);
  }, [openMenu]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = keyAction(event);
      if (!action || event.defaultPrevented) return;
      // The help is a modal dialog: Esc closes it natively, `?` too; other keys wait until it is closed.
      const { menu: openMenu, help: helpOpen } = openNow.current;
      if (helpOpen) {
        if (action === 'help') {
          event.preventDefault();
          setHelpOpen(false);
        }
        return;
      }
      if (action === 'back') {
        event.preventDefault();
        // Esc first closes an open panel (focus back on its button), then leaves.
        if (openMenu) {
          setOpenMenu(null);
          document.querySelector<HTMLElement>(`.toolbar-menu.${openMenu === 'display' ? 'settings' : openMenu} > summary`)?.focus();
        } else back();
        return;
      }
      if (view.kind !== 'article') return;
      event.preventDefault();
      if (action === 'bigger') state.bigger();
      else if (action === 'smaller') state.smaller();
      else if (action === 'next-theme') state.cycleTheme();
      else if (action === 'help') setHelpOpen(true);
      else movePage(action);
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
          openMenu={openMenu}
          onMenu={setOpenMenu}
          helpOpen={helpOpen}
          onHelp={setHelpOpen}
        />
      );
    case 'problem':
      return <ProblemView problem={view.problem} url={view.url} onBack={back} />;
    case 'missing':
    case 'unreadable':
      return <ProblemView problem={view.kind} url={null} onBack={back} />;
  }
}
