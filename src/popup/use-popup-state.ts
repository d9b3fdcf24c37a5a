import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardFinish, ExtractedPage, PageHead, PageProblem } from '../core';
import { reactionTarget, type ReactionTarget } from '../reactions/store';
import { REACTION_EMOJI } from '../ui/reactions';
import { useStoredReaction } from '../ui/use-stored-reaction';
import { TooLargeForReaderError } from '../storage/session-handoff';
import type { PopupServices } from './services';

/**
 * `head`: what the page said before extracting (title, site, image), shown until the extraction is in.
 * `finished`: what the card shows once the page finished it (key points), null until then; `page` is shown at once.
 */
export type PopupView =
  | { kind: 'loading' }
  | { kind: 'head'; head: PageHead }
  | { kind: 'article'; page: ExtractedPage; finished: CardFinish | null; target: ReactionTarget; tabId: number; extractionMs: number }
  | { kind: 'problem'; problem: PageProblem };

/** `too-large`: the article is past what the reader takes (`readTooLarge` says by how much); retrying cannot help. */
export type ReadStatus = 'idle' | 'opening' | 'failed' | 'too-large';

/** The popup's state machine: find the tab, extract, then load and save the reaction. */
export function usePopupState(services: PopupServices) {
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [readStatus, setReadStatus] = useState<ReadStatus>('idle');
  const [readTooLarge, setReadTooLarge] = useState<TooLargeForReaderError | null>(null);

  // The card being finished for the page shown, so that Read before the key points are in waits for them.
  const finishing = useRef<{ page: ExtractedPage; finished: Promise<CardFinish> } | null>(null);

  const load = useCallback(
    async (force: boolean) => {
      const loading: PopupView = { kind: 'loading' };
      setView(loading);
      try {
        const tab = await services.targetTab();
        if (!tab) return setView({ kind: 'problem', problem: { kind: 'no-tab' } });
        // The head only where this reading is still waiting: never over its answer or a later reading.
        const showHead = (head: PageHead) => setView((current) => (current === loading ? { kind: 'head', head } : current));
        const result = await services.extract(tab, { force }, showHead);
        if (result.kind === 'problem') return setView(result);
        const { page, canonicalUrl, extractionMs } = result;
        const shown: PopupView = { kind: 'article', page, finished: null, target: reactionTarget(page, canonicalUrl), tabId: tab.id, extractionMs };
        setView(shown);
        const finishingCard = services.finish(page);
        finishing.current = { page, finished: finishingCard };
        const finished = await finishingCard;
        setView((current) => (current === shown ? { ...shown, finished } : current));
      } catch (error) {
        setView({ kind: 'problem', problem: { kind: 'error', message: error instanceof Error ? error.message : String(error) } });
      }
    },
    [services],
  );

  // As the popup is first committed, not after its first frame (a plain effect's time in Preact): the boot
  // script's extraction has often answered by then, and the card is then in that very first frame.
  useLayoutEffect(() => {
    void load(false);
  }, [load]);

  const target = view.kind === 'article' ? view.target : null;
  const { reaction, status: reactionStatus, choose } = useStoredReaction(services.reactions, target);

  // The toolbar icon of this tab shows the saved reaction (the badge is the tab's own: no `tabs` permission).
  const tabId = view.kind === 'article' ? view.tabId : null;
  useEffect(() => {
    if (tabId !== null) services.setBadge(tabId, reaction ? REACTION_EMOJI[reaction] : null).catch(() => undefined);
  }, [services, tabId, reaction]);

  /**
   * Opens the whole article in the reader page, in the article's tab, with what was already extracted and the
   * key points the popup shows (they may be the on-device model's).
   */
  const read = useCallback(
    async (keyPoints: string[] | null) => {
      if (view.kind !== 'article') return;
      setReadStatus('opening');
      try {
        // Before the key points are in, the reader gets them as soon as they are (the extractive ones).
        const finished = view.finished ?? (finishing.current?.page === view.page ? await finishing.current.finished : await services.finish(view.page));
        const article = { ...(await services.article(view.page)), summary: keyPoints ?? finished.summary };
        await services.openReader(view.tabId, { kind: 'article', article, canonicalUrl: view.target.canonicalUrl });
        services.close();
      } catch (error) {
        if (error instanceof TooLargeForReaderError) setReadTooLarge(error);
        setReadStatus(error instanceof TooLargeForReaderError ? 'too-large' : 'failed');
      }
    },
    [services, view],
  );

  return { view, reaction, reactionStatus, readStatus, readTooLarge, choose, read, retry: () => load(false), tryAnyway: () => load(true) };
}
