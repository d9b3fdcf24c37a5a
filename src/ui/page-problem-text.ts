import type { PageProblem, RestrictedReason } from '../core';
import { t } from './i18n';

/** Message names of the title and text that explain each kind of page the browser does not let us read. */
const RESTRICTED_MESSAGES: Record<RestrictedReason, { title: string; text: string }> = {
  'browser-page': { title: 'popupBrowserPageTitle', text: 'popupBrowserPageText' },
  'web-store': { title: 'popupWebStoreTitle', text: 'popupWebStoreText' },
  pdf: { title: 'popupPdfTitle', text: 'popupPdfText' },
  'local-file': { title: 'popupLocalFileTitle', text: 'popupLocalFileText' },
  'not-web': { title: 'popupNotWebTitle', text: 'popupNotWebText' },
  'not-allowed': { title: 'popupNotAllowedTitle', text: 'popupNotAllowedText' },
};

export interface ProblemText {
  title: string;
  text: string;
  /** The technical detail (an error's message), shown apart, or null. */
  detail: string | null;
  /** Something went wrong (announced at once), rather than a page that simply cannot be read. */
  alarming: boolean;
}

/** The words for why a page gives no article: the same in the popup and the reader. */
export function pageProblemText(problem: PageProblem): ProblemText {
  const words = (title: string, text: string, alarming = false, detail: string | null = null): ProblemText => ({ title, text, detail, alarming });
  switch (problem.kind) {
    case 'not-article':
      return problem.reason === 'no-content'
        ? words(t('popupNoContentTitle'), t('popupNoContentText', problem.title))
        : words(t('popupNotArticleTitle'), t('popupNotArticleText', problem.title));
    case 'restricted': {
      const keys = RESTRICTED_MESSAGES[problem.reason];
      return words(t(keys.title), t(keys.text));
    }
    case 'too-large':
      return words(t('popupTooLargeTitle'), t('popupTooLargeText', problem.elementCount.toLocaleString()), true);
    case 'no-tab':
      return words(t('popupNoTabTitle'), t('popupNoTabText'), true);
    case 'error':
      return words(t('popupErrorTitle'), t('popupErrorText'), true, problem.message);
  }
}
