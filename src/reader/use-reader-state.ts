import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article, PageProblem } from '../core';
import { reactionTarget, type ReactionTarget } from '../reactions/store';
import { DEFAULT_READER_SETTINGS, nextTheme, stepFontSize, type ReaderSettings } from '../storage/reader-settings';
import { useStoredReaction } from '../ui/use-stored-reaction';
import type { ReaderServices } from './services';

export type ReaderView =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article; target: ReactionTarget }
  /** The page could not be read; `url` is where it was. */
  | { kind: 'problem'; problem: PageProblem; url: string | null }
  /** The handed-over article is no longer kept, or it was damaged. */
  | { kind: 'missing' }
  | { kind: 'unreadable' };

export type SettingsStatus = 'idle' | 'failed';

/** The reader page's state: the handed-over article, the display settings and the reaction. */
export function useReaderState(services: ReaderServices) {
  const [view, setView] = useState<ReaderView>({ kind: 'loading' });
  const [settings, setSettings] = useState<ReaderSettings>({ ...DEFAULT_READER_SETTINGS });
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [settingsStatus, setSettingsStatus] = useState<SettingsStatus>('idle');
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  useEffect(() => {
    let live = true;
    const loadSettings = services.settings
      .get()
      .then(({ value }) => live && setSettings(value))
      .catch(() => undefined)
      .finally(() => live && setSettingsLoaded(true));
    const loadArticle = async (): Promise<ReaderView> => {
      if (services.keptKey !== null) {
        const kept = await services.kept.get(services.keptKey);
        if (kept.status === 'missing') return { kind: 'missing' };
        if (kept.status === 'unreadable') return { kind: 'unreadable' };
        return { kind: 'article', article: kept.article, target: reactionTarget(kept.article, kept.entry.key) };
      }
      if (!services.handoffId) return { kind: 'missing' };
      const found = await services.handoff.get(services.handoffId, await services.tabId());
      if (found.status === 'missing') return { kind: 'missing' };
      if (found.status === 'unreadable') return { kind: 'unreadable' };
      const { payload } = found.entry;
      if (payload.kind === 'problem') return payload;
      return { kind: 'article', article: payload.article, target: reactionTarget(payload.article, payload.canonicalUrl) };
    };
    // The article is shown once the settings are known, so it never flashes in the wrong theme or size.
    void Promise.all([loadArticle().catch(() => ({ kind: 'unreadable' }) as const), loadSettings]).then(([next]) => {
      if (live) setView(next);
    });
    const stopSettings = services.settings.watch(({ value }) => setSettings(value));
    return () => {
      live = false;
      stopSettings();
    };
  }, [services]);

  // One store with the popup and other reader tabs: a change there shows here at once.
  const { reaction, status: reactionStatus, choose } = useStoredReaction(services.reactions, view.kind === 'article' ? view.target : null);

  /** Applies a change at once and saves it in the background. */
  const changeSettings = useCallback(
    (patch: Partial<ReaderSettings> | ((current: ReaderSettings) => Partial<ReaderSettings>)) => {
      const current = settingsRef.current;
      const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
      settingsRef.current = next;
      setSettings(next);
      services.settings.set(next).then(
        () => setSettingsStatus('idle'),
        () => setSettingsStatus('failed'),
      );
    },
    [services],
  );

  const bigger = useCallback(() => changeSettings((s) => ({ fontSize: stepFontSize(s.fontSize, 1) })), [changeSettings]);
  const smaller = useCallback(() => changeSettings((s) => ({ fontSize: stepFontSize(s.fontSize, -1) })), [changeSettings]);
  const cycleTheme = useCallback(() => changeSettings((s) => ({ theme: nextTheme(s.theme) })), [changeSettings]);

  return { view, settings, settingsLoaded, settingsStatus, changeSettings, bigger, smaller, cycleTheme, reaction, reactionStatus, choose };
}
