/** Rendering Preact components in jsdom for unit tests. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** A fresh container in the document for one test's component. */
export function createRoot(tag = 'div'): HTMLElement {
  const root = document.createElement(tag);
  document.body.append(root);
  return root;
}

/** Renders `vnode` into `root` and runs its effects. */
export async function show(vnode: ComponentChild, root: HTMLElement): Promise<void> {
  await act(async () => {
    render(vnode, root);
  });
}

/**
 * Unmounts whatever `root` shows. Inside `act`, because Preact 11 runs the cleanups of unmounted effects after
 * the next paint: outside it they wait on an animation frame and a timer that can outlive the test file's
 * jsdom, and then fail on globals (`cancelAnimationFrame`) that are gone.
 */
export async function unmount(root: HTMLElement): Promise<void> {
  await act(() => {
    render(null, root);
  });
}

/**
 * Does `action` (a click, a key, a write another view makes) inside `act`, then settles: the renders and effects
 * it causes have run before the test looks. Outside `act`, effects wait for a real animation frame.
 */
export async function interact(action: () => unknown): Promise<void> {
  await act(async () => {
    await action();
  });
  await settle();
}

/** Lets pending promises and timers of `ms` settle, re-rendering after each round. */
export async function settle({ rounds = 5, ms = 0 }: { rounds?: number; ms?: number } = {}): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, ms));
    });
  }
}
