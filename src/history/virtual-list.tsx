import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  /** Every row has this height (CSS keeps row content on fixed lines). */
  rowHeight: number;
  keyOf(item: T): string;
  renderRow(item: T, index: number): ComponentChildren;
  label: string;
  /** Rows drawn beyond the viewport on each side. */
  overscan?: number;
}

/**
 * A list that draws only the rows near the viewport, scrolled with the page: a library of thousands of
 * reactions costs the same to draw as one screenful. Rows carry their position for assistive tech.
 */
export function VirtualList<T>({ items, rowHeight, keyOf, renderRow, label, overscan = 8 }: Props<T>) {
  const list = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState({ start: 0, end: 40 });

  useLayoutEffect(() => {
    const update = () => {
      const element = list.current;
      if (!element) return;
      const top = element.getBoundingClientRect().top;
      const start = Math.max(0, Math.floor(-top / rowHeight) - overscan);
      const end = Math.min(items.length, Math.ceil((window.innerHeight - top) / rowHeight) + overscan);
      setRange((previous) => (previous.start === start && previous.end === end ? previous : { start, end }));
    };
    update();
    let frame = 0;
    const schedule = () => {
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          update();
        });
      }
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [items.length, rowHeight, overscan]);

  const end = Math.min(range.end, items.length);
  const rows: ComponentChildren[] = [];
  for (let index = range.start; index < end; index++) {
    const item = items[index]!;
    rows.push(
      <li
        key={keyOf(item)}
        class="virtual-row"
        style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
        aria-setsize={items.length}
        aria-posinset={index + 1}
      >
        {renderRow(item, index)}
      </li>,
    );
  }
  return (
    <ul ref={list} class="virtual-list" aria-label={label} style={{ height: `${items.length * rowHeight}px` }}>
      {rows}
    </ul>
  );
}
