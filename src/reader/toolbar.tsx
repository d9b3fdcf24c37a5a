import type { ComponentChild } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../ui/i18n';

/**
 * One control of the reader's toolbar. The reader view builds the list in the order the toolbar shows it;
 * a feature adds its control by adding an entry (`id` names it for styling and tests: `data-action`).
 */
export interface ToolbarAction {
  id: string;
  control: ComponentChild;
}

interface Props {
  url: string;
  onBack(): void;
  actions: readonly ToolbarAction[];
  /** Drawn in the row before the actions ("N min left") and along the toolbar's lower edge (the bar). */
  progress?: ComponentChild;
  /** A short line about the toolbar's state (read aloud unavailable…), drawn under it, never inside it. */
  note?: ComponentChild;
}

/** The URL as a person reads it: host and path, without the scheme. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/** The reader's sticky toolbar: Back, the original address, then the actions, on one row at any width. */
export function ReaderToolbar({ url, onBack, actions, progress, note }: Props) {
  const ref = useRef<HTMLElement>(null);
  // Panels, scroll padding and paging keep clear of the sticky toolbar, whose height follows the window.
  useLayoutEffect(() => {
    const toolbar = ref.current;
    if (!toolbar || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--toolbar-height', `${Math.ceil(toolbar.getBoundingClientRect().height)}px`));
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, []);
  return (
    <header class="toolbar" ref={ref}>
      <div class="toolbar-inner">
        <button type="button" class="tool-button back" onClick={onBack}>
          <span aria-hidden="true" class="tool-icon">←</span> <span class="tool-label">{t('readerBack')}</span>
        </button>
        <a class="original-url" href={url} title={url}>
          <span class="visually-hidden">{t('readerOriginal')} </span>
          {displayUrl(url)}
        </a>
        {progress}
        <div class="tools">
          {actions.map((action) => (
            <div class="tool" key={action.id} data-action={action.id}>
              {action.control}
            </div>
          ))}
        </div>
      </div>
      {note}
    </header>
  );
}
