// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorageArea } from '../../../src/storage/memory-storage-area';
import { ReactionStore, type ReactionTarget } from '../../../src/reactions/store';
import { useStoredReaction } from '../../../src/ui/use-stored-reaction';
import { createRoot, settle, unmount } from '../../harness/preact';

const target: ReactionTarget = { canonicalUrl: 'https://news.example/a', url: 'https://news.example/a', title: 'A', site: 'News' };

/**
 * A memory area whose writes take 10 ms each. As in the browser, a write's change event comes before its
 * promise resolves, so the echoes of quick writes arrive while later ones are still in flight.
 */
class SlowArea extends MemoryStorageArea {
  override async set(items: Record<string, unknown>): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 10));
    return super.set(items);
  }
  override async remove(keys: string | string[]): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 10));
    return super.remove(keys);
  }
}

type Hook = ReturnType<typeof useStoredReaction>;
let root: HTMLElement;
let hook: Hook;
function Probe({ store }: { store: ReactionStore }) {
  hook = useStoredReaction(store, target);
  return null;
}

/** Lets storage promises and late events settle and Preact re-render. */
const settleFor = (ms = 0) => settle({ ms });

beforeEach(() => {
  root = createRoot();
});
afterEach(async () => {
  await unmount(root);
  root.remove();
});

describe('useStoredReaction', () => {
  it('keeps showing the last choice while the echoes of earlier writes arrive', async () => {
    const store = new ReactionStore(new SlowArea());
    await act(() => render(<Probe store={store} />, root));
    await settleFor();
    // Arrow keys: one write per step.
    await act(async () => {
      void hook.choose('dislike');
      void hook.choose('like');
      void hook.choose('wow');
    });
    const shown: (string | null)[] = [];
    for (let step = 0; step < 10; step++) {
      await settleFor(5);
      shown.push(hook.reaction);
    }
    // Space on the chosen one must clear it, so it must still be the chosen one when the echoes have come.
    expect(new Set(shown)).toEqual(new Set(['wow']));
    await act(async () => {
      await hook.choose(null);
    });
    await settleFor(30);
    expect(hook.reaction).toBeNull();
    expect((await store.get(target.canonicalUrl)).status).toBe('none');
  });

  it('follows a change another view makes', async () => {
    const area = new MemoryStorageArea();
    const store = new ReactionStore(area);
    await act(() => render(<Probe store={store} />, root));
    await settleFor();
    await new ReactionStore(area).set(target, 'love');
    await settleFor();
    expect(hook.reaction).toBe('love');
  });

  it('shows the stored choice again when a write fails, and says storage is full', async () => {
    const area = new MemoryStorageArea();
    const store = new ReactionStore(area);
    await store.set(target, 'sad');
    await act(() => render(<Probe store={store} />, root));
    await settleFor();
    expect(hook.reaction).toBe('sad');
    area.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await act(async () => {
      await hook.choose('wow');
    });
    expect(hook.reaction).toBe('sad');
    expect(hook.status).toBe('full');
  });
});
