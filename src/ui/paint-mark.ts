import { useEffect } from 'preact/hooks';

/**
 * Marks the moment a view is on screen, for the benchmarks (bench/) and end-to-end tests that wait for it: after
 * the next frame and one task, a performance mark `name` and `data-…` attribute `name` on the page root (the
 * epoch time in ms), with `extra` data beside it. Nothing else in the product reads these.
 */
export function usePaintMark(name: string, ready: boolean, extra?: Record<string, string>): void {
  const extraData = extra ? JSON.stringify(extra) : '';
  useEffect(() => {
    if (!ready) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark(name);
        const root = document.documentElement;
        root.dataset[name] = String(performance.timeOrigin + performance.now());
        if (extraData) Object.assign(root.dataset, JSON.parse(extraData));
      }),
    );
  }, [name, ready, extraData]);
}
