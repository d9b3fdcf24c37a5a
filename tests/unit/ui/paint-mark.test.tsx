// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePaintMark } from '../../../src/ui/paint-mark';
import { createRoot, unmount } from '../../harness/preact';

/** Animation frames run only when the test says so: one call of `nextFrame` is one frame. */
function stubFrames() {
  let queued: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  return () => {
    const running = queued;
    queued = [];
    for (const callback of running) callback(0);
  };
}

const task = () => new Promise((next) => setTimeout(next));

function Marked() {
  usePaintMark('testPaintedAt', true);
  return <p>shown</p>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.testPaintedAt;
});

describe('usePaintMark', () => {
  it('marks the view after the frame that paints it, as the floor extensions mark theirs, not one frame later', async () => {
    const nextFrame = stubFrames();
    const root = createRoot();
    render(<Marked />, root);
    nextFrame();
    await task();
    await task();
    expect(Number(document.documentElement.dataset.testPaintedAt)).toBeGreaterThan(0);
    await unmount(root);
    root.remove();
  });
});
