/**
 * What the shortcut and the context menu do: read the tab's article and show it in the reader page in the
 * same tab; if it cannot be read, show the reader page explaining why (never a blank page, never nothing).
 */
import type { ExtractRequest } from '../platform/messages';
import type { PageResult, TabRef } from '../platform/page-extraction';
import type { HandoffPayload } from '../storage/session-handoff';

export interface OpenReaderDeps {
  extract(tab: TabRef, request: ExtractRequest): Promise<PageResult>;
  open(tabId: number, payload: HandoffPayload): Promise<void>;
  /** Whether `url` is the reader page itself (nothing to do there). */
  isReaderPage(url: string | undefined): boolean;
}

export type OpenReaderOutcome = 'article' | 'problem' | 'no-tab' | 'already-reading';

export function payloadFor(result: PageResult, tab: { url?: string; title?: string }): HandoffPayload {
  const problem = (fields: Partial<Extract<HandoffPayload, { kind: 'problem' }>> & Pick<Extract<HandoffPayload, { kind: 'problem' }>, 'problem'>): HandoffPayload => ({
    kind: 'problem',
    reason: null,
    url: tab.url ?? null,
    title: tab.title ?? null,
    detail: null,
    ...fields,
  });
  switch (result.status) {
    case 'article':
      return { kind: 'article', article: result.article, canonicalUrl: result.canonicalUrl };
    case 'restricted':
      return problem({ problem: 'restricted', reason: result.reason });
    case 'not-article':
      return problem({ problem: 'not-article', title: result.title || tab.title || null });
    case 'pdf':
      return problem({ problem: 'pdf' });
    case 'too-large':
      return problem({ problem: 'too-large', detail: String(result.elementCount) });
    case 'error':
      return problem({ problem: 'error', detail: result.message });
  }
}

export async function openReaderForTab(tab: { id?: number; url?: string; title?: string; favIconUrl?: string } | undefined, deps: OpenReaderDeps): Promise<OpenReaderOutcome> {
  if (tab?.id === undefined || tab.id < 0) return 'no-tab';
  if (deps.isReaderPage(tab.url)) return 'already-reading';
  let result: PageResult;
  try {
    result = await deps.extract({ id: tab.id, url: tab.url, favIconUrl: tab.favIconUrl }, { force: false });
  } catch (error) {
    result = { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const payload = payloadFor(result, tab);
  await deps.open(tab.id, payload);
  return payload.kind === 'article' ? 'article' : 'problem';
}
