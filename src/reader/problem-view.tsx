import type { PageProblem } from '../core';
import { t } from '../ui/i18n';
import { pageProblemText, type ProblemText } from '../ui/page-problem-text';

/** The reader's own problems: the handed-over article is no longer kept, or it was damaged. */
export type HandoffProblem = 'missing' | 'unreadable';

interface Props {
  /** What went wrong: the page could not be read, or the article it handed over is gone. */
  problem: PageProblem | HandoffProblem;
  /** The page that could not be read, linked back to, when known. */
  url: string | null;
  onBack(): void;
}

function wordsFor(problem: Props['problem']): ProblemText & { hint: string | null } {
  if (problem === 'missing') return { title: t('readerMissingTitle'), text: t('readerMissingText'), detail: null, alarming: true, hint: null };
  if (problem === 'unreadable') return { title: t('readerUnreadableTitle'), text: t('readerUnreadableText'), detail: null, alarming: true, hint: null };
  // Only the popup can extract a page that does not look like an article: say where "Try anyway" is.
  const hint = problem.kind === 'not-article' && problem.reason === 'not-readerable' ? t('readerNotArticleHint') : null;
  return { ...pageProblemText(problem), hint };
}

/** The reader page when there is no article to show: says why, and leads back to the page. */
export function ProblemView({ problem, url, onBack }: Props) {
  const { title, text, detail, hint } = wordsFor(problem);
  return (
    <main id="main" class="problem-main">
      <section class="problem-card" role="alert" data-problem={typeof problem === 'string' ? problem : problem.kind}>
        <h1 class="problem-title">{title}</h1>
        <p>{text}</p>
        {hint && <p>{hint}</p>}
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
