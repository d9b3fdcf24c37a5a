import { useLayoutEffect } from 'preact/hooks';
import type { RefObject } from 'preact';
import { t } from '../ui/i18n';
import { SafeHtml } from '../ui/safe-html';
import { scrollBehavior } from './motion';

interface Props {
  html: string;
  bodyRef: RefObject<HTMLDivElement | null>;
}

/**
 * The article's sanitised HTML, made comfortable to read: wide tables and code blocks scroll sideways in a
 * focusable region (so keyboard users can scroll them too), and in-page links (footnotes) move within the
 * page without adding history entries, so Back still returns to the original page.
 */
export function ArticleBody({ html, bodyRef }: Props) {
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    for (const table of Array.from(body.querySelectorAll('table'))) {
      if (table.parentElement?.classList.contains('table-scroll')) continue;
      const region = document.createElement('div');
      region.className = 'table-scroll';
      region.tabIndex = 0;
      region.setAttribute('role', 'region');
      const caption = table.querySelector('caption')?.textContent?.trim();
      region.setAttribute('aria-label', caption ? t('readerTableNamed', caption) : t('readerTable'));
      table.replaceWith(region);
      region.append(table);
    }
    for (const pre of Array.from(body.querySelectorAll('pre'))) {
      pre.tabIndex = 0;
      pre.setAttribute('role', 'region');
      pre.setAttribute('aria-label', t('readerCode'));
    }
  }, [html, bodyRef]);

  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (!link) return;
    const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
    const target = id ? document.getElementById(id) : null;
    event.preventDefault();
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
    target.focus({ preventScroll: true });
  };

  return <SafeHtml class="article-body" html={html} containerRef={bodyRef} onClick={onClick} />;
}
