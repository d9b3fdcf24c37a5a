import { useLayoutEffect } from 'preact/hooks';
import type { RefObject } from 'preact';
import { t } from '../ui/i18n';
import { SafeHtml } from '../ui/safe-html';
import { scrollBehavior } from './motion';
import { watchUnloadedImages } from './unloaded-images';

interface Props {
  html: string;
  bodyRef: RefObject<HTMLDivElement | null>;
}

const LANGUAGE_CLASS = /^language-([\w+#.-]{1,30})$/;

function codeLanguage(pre: Element): string | null {
  for (const name of Array.from(pre.querySelector('code')?.classList ?? [])) {
    const language = LANGUAGE_CLASS.exec(name)?.[1];
    if (language) return language;
  }
  return null;
}

/**
 * The article's sanitised HTML, made comfortable to read: wide tables and code blocks scroll sideways in a
 * focusable region (so keyboard users can scroll them too), code blocks show their language, formulas kept as
 * TeX are drawn as MathML, embed cards say where their link goes, images that cannot load say so instead of
 * showing a broken-image glyph, and in-page links (footnotes) move within
 * the page without adding history entries, so Back still returns to the original page.
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
      if (pre.querySelector('code.language-math')) continue;
      // The language a code block is in, from its class (see src/core/content/code-blocks.ts), shown above it.
      const language = codeLanguage(pre);
      if (language) pre.dataset.language = language;
      pre.tabIndex = 0;
      pre.setAttribute('role', 'region');
      pre.setAttribute('aria-label', language ? t('readerCodeNamed', language) : t('readerCode'));
    }
    for (const card of Array.from(body.querySelectorAll('figure.embed'))) {
      const provider = card.querySelector('small')?.textContent?.trim();
      card.querySelector('a')?.setAttribute('title', t('readerEmbed', provider ?? ''));
    }
    if (body.querySelector('code.language-math')) {
      // Temml is big: it loads only for articles with formulas kept as TeX.
      void import('./tex-formulas').then(({ drawTexFormulas }) => {
        if (bodyRef.current === body) drawTexFormulas(body);
      });
    }
    return watchUnloadedImages(body);
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
