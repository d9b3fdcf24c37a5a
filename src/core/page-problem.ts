/**
 * Why a page gives no article: one description, made where the problem is found (the injected script, the
 * popup, the background worker), kept as it is through storage, and put into words in one place
 * (`src/ui/page-problem-text.ts`) for the popup and the reader alike.
 */

/** Why the browser does not let extensions read a page. */
export const RESTRICTED_REASONS = ['browser-page', 'web-store', 'pdf', 'local-file', 'not-web', 'not-allowed'] as const;
export type RestrictedReason = (typeof RESTRICTED_REASONS)[number];

export type PageProblem =
  /** The page is not an article: it does not look like one, or (extracted anyway) had no text. */
  | { kind: 'not-article'; title: string; reason: 'not-readerable' | 'no-content' }
  | { kind: 'restricted'; reason: RestrictedReason }
  /** Refused before extraction: past a limit of elements, reading it could freeze the tab. */
  | { kind: 'too-large'; elementCount: number }
  /** No tab to read (the popup could not find the one it was opened on). */
  | { kind: 'no-tab' }
  | { kind: 'error'; message: string };

export type PageProblemKind = PageProblem['kind'];
