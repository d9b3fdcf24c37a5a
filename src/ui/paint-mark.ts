import { useLayoutEffect } from 'preact/hooks';

/**
 * Marks the moment a view is on screen, for the benchmarks (bench/) and end-to-end tests that wait for it: after
 * the next frame and one task, a performance mark `name` and `data-…` attribute `name` on the page root (the
 * epoch time in ms), with `extra` data beside it. Nothing else in the product reads these.
 * Scheduled as the view is committed (a layout effect), so "the next frame" is the one that paints it: a plain
 * effect runs only after that frame in Preact, and the mark would then wait one frame more than the paint did.
 * This is how the floor extensions of bench/popup-paint.ts mark theirs (DOM written, next frame, one task).
 */
export function usePaintMark(name: string, ready: boolean, extra?: Record<string, string>): void {
  const extraData = extra ? JSON.stringify(extra) : '';
  useLayoutEffect(() => {
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
