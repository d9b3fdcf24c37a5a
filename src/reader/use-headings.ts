import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { HEADING_SELECTOR } from './paging';
import type { TocEntry } from './table-of-contents';

/** Fewer headings than this and the article is short enough to need no table of contents. */
export const TOC_MIN_HEADINGS = 3;
const TOC_TEXT_LIMIT = 120;

/** The body's headings once it is drawn, each with an id to link to (its own, or one given here). */
export function useHeadings(bodyRef: RefObject<HTMLElement | null>, html: string): { elements: HTMLElement[]; entries: TocEntry[] } {
  const [found, setFound] = useState<{ elements: HTMLElement[]; entries: TocEntry[] }>({ elements: [], entries: [] });
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const elements = Array.from(body.querySelectorAll<HTMLElement>(HEADING_SELECTOR)).filter((el) => el.textContent?.trim());
    const entries = elements.map((el, index) => {
      if (!el.id) el.id = `section-${index + 1}`;
      const text = headingText(el);
      return { id: el.id, text: text.length > TOC_TEXT_LIMIT ? `${text.slice(0, TOC_TEXT_LIMIT - 1)}…` : text, level: Number(el.tagName.slice(1)) };
    });
    setFound({ elements, entries });
  }, [bodyRef, html]);
  return found;
}

/** A heading's words without its permalink ("#", "¶", "🔗": a link with no letter or digit in it). */
export function headingText(heading: HTMLElement): string {
  const copy = heading.cloneNode(true) as HTMLElement;
  for (const link of Array.from(copy.querySelectorAll('a'))) if (!/[\p{L}\p{N}]/u.test(link.textContent ?? '')) link.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Room for the table of contents beside the article (px), or 0 when the window is too narrow for a panel. */
export function useSideRoom(articleRef: RefObject<HTMLElement | null>, minimum: number): number {
  const [room, setRoom] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const article = articleRef.current;
      if (!article) return;
      const space = (document.documentElement.clientWidth - article.getBoundingClientRect().width) / 2 - 40;
      setRoom(space >= minimum ? Math.min(300, Math.floor(space)) : 0);
    };
    measure();
    // The article's width follows the window and the Display settings (width, text size).
    const observer = typeof ResizeObserver === 'undefined' || !articleRef.current ? null : new ResizeObserver(measure);
    if (observer && articleRef.current) observer.observe(articleRef.current);
    addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      removeEventListener('resize', measure);
    };
  }, [articleRef, minimum]);
  return room;
}
