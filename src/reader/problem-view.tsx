import type { HandoffPayload } from '../storage/session-handoff';
import { t } from '../ui/i18n';
import { RESTRICTED_MESSAGES } from '../ui/restricted-messages';

type Problem = Extract<HandoffPayload, { kind: 'problem' }>;

interface Props {
  /** What went wrong: a page that could not be read, or a reader whose article is gone. */
  problem: Problem | { kind: 'missing' } | { kind: 'unreadable' };
  onBack(): void;
}

function messages(problem: Props['problem']): { title: string; texts: string[]; detail?: string | null } {
  if (problem.kind === 'missing') return { title: t('readerMissingTitle'), texts: [t('readerMissingText')] };
  if (problem.kind === 'unreadable') return { title: t('readerUnreadableTitle'), texts: [t('readerUnreadableText')] };
  switch (problem.problem) {
    case 'restricted': {
      const keys = RESTRICTED_MESSAGES[problem.reason ?? 'browser-page'];
      return { title: t(keys.title), texts: [t(keys.text)] };
    }
    case 'pdf':
      return { title: t('popupPdfTitle'), texts: [t('popupPdfText')] };
    case 'not-article':
      return {
        title: t('popupNotArticleTitle'),
        texts: [t('popupNotArticleText', problem.title ?? problem.url ?? ''), t('readerNotArticleHint')],
      };
    case 'too-large':
      return { title: t('popupTooLargeTitle'), texts: [t('popupTooLargeText', Number(problem.detail ?? 0).toLocaleString())] };
    case 'error':
      return { title: t('popupErrorTitle'), texts: [t('popupErrorText')], detail: problem.detail };
  }
}

/** The reader page when there is no article to show: says why, and leads back to the page. */
export function ProblemView({ problem, onBack }: Props) {
  const { title, texts, detail } = messages(problem);
  const url = problem.kind === 'problem' ? problem.url : null;
  return (
    <main id="main" class="problem-main">
      <section class="problem-card" role="alert" data-problem={problem.kind === 'problem' ? problem.problem : problem.kind}>
        <h1 class="problem-title">{title}</h1>
        {texts.map((text) => (
          <p key={text}>{text}</p>
        ))}
        {detail && <p class="detail">{detail}</p>}
        <p class="problem-actions">
          <button type="button" class="button" onClick={onBack}>
            {t('readerBackToPage')}
          </button>
          {url && (
            <a class="problem-url" href={url}>
              {url}
            </a>
          )}
        </p>
      </section>
    </main>
  );
}
