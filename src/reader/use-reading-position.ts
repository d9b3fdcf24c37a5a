import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { toolbarBottom } from './page-moves';
import { readProgress } from './paging';

export interface ReadingPosition {
  /** 0 to 1: how much of the article is behind the reader. */
  progress: number;
  /** Index of the heading the reader is in (the last one above the toolbar's edge), or -1 before the first. */
  currentHeading: number;
}

/** Follows scrolling and resizing (once a frame at most) to say how far the reader is and in which section. */
export function useReadingPosition(articleRef: RefObject<HTMLElement | null>, headings: readonly HTMLElement[]): ReadingPosition {
  const [position, setPosition] = useState<ReadingPosition>({ progress: 0, currentHeading: -1 });
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const article = articleRef.current;
      if (!article) return;
      const box = article.getBoundingClientRect();
      // A heading brought under the toolbar (12 px below it, by the keys or the table of contents) is the one being read.
      const line = toolbarBottom() + 16;
      let currentHeading = -1;
      headings.forEach((heading, index) => {
        if (heading.getBoundingClientRect().top <= line) currentHeading = index;
      });
      const progress = readProgress(box.top - toolbarBottom(), box.bottom - toolbarBottom(), innerHeight - toolbarBottom());
      setPosition((old) => (old.progress === progress && old.currentHeading === currentHeading ? old : { progress, currentHeading }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    return () => {
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [articleRef, headings]);
  return position;
}
