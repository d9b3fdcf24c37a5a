/**
 * What the shortcut and the context menu do: read the tab's article and show it in the reader page in the
 * same tab; if it cannot be read, show the reader page explaining why (never a blank page, never nothing).
 */
import type { PageProblem } from '../core';
import type { ClickedTab } from '../platform/context-menu';
import { readArticleFromTab } from '../platform/page-extraction';
import { isReaderPageUrl, showReaderPage } from '../platform/reader-page';
import { TooLargeForReaderError, type HandoffPayload, type HandoffStore } from '../storage/session-handoff';

export type OpenReaderOutcome = 'article' | 'problem' | 'no-tab' | 'already-reading';

/** A page that is not an article is named by its title, else by the tab's. */
function withTabTitle(problem: PageProblem, tab: ClickedTab): PageProblem {
  return problem.kind === 'not-article' ? { ...problem, title: problem.title || tab.title || tab.url || '' } : problem;
}

export async function openReaderForTab(tab: ClickedTab | undefined, handoff: HandoffStore): Promise<OpenReaderOutcome> {
  if (tab?.id === undefined || tab.id < 0) return 'no-tab';
  if (isReaderPageUrl(tab.url)) return 'already-reading';
  const result = await readArticleFromTab({ id: tab.id, url: tab.url, favIconUrl: tab.favIconUrl }, { force: false });
  const payload: HandoffPayload =
    result.kind === 'article'
      ? { kind: 'article', article: result.article, canonicalUrl: result.canonicalUrl }
      : { kind: 'problem', problem: withTabTitle(result.problem, tab), url: tab.url ?? null };
  let id: string;
  try {
    id = await handoff.put(tab.id, payload);
  } catch (error) {
    // An article past what the reader takes: the reader says so, rather than nothing happening at all.
    if (!(error instanceof TooLargeForReaderError)) throw error;
    id = await handoff.put(tab.id, { kind: 'problem', problem: { kind: 'error', message: error.message }, url: tab.url ?? null });
    await showReaderPage(tab.id, id);
    return 'problem';
  }
  await showReaderPage(tab.id, id);
  return payload.kind;
}
