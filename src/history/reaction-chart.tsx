import { REACTIONS, type Reaction } from '../reactions/record';
import { t } from '../ui/i18n';
import { REACTION_EMOJI, reactionLabel } from '../ui/reactions';

/**
 * Counts per reaction as a small horizontal bar chart, drawn with plain elements. Each line reads as
 * "Like 12" to assistive tech; the bars are decoration.
 */
export function ReactionChart({ counts }: { counts: Record<Reaction, number> }) {
  const max = Math.max(1, ...REACTIONS.map((reaction) => counts[reaction]));
  return (
    <figure class="chart" aria-labelledby="chart-title">
      <figcaption id="chart-title" class="panel-title">{t('historyChartTitle')}</figcaption>
      <ul class="chart-bars">
        {REACTIONS.map((reaction) => (
          <li key={reaction} class="chart-row" data-reaction={reaction}>
            <span class="chart-label">
              <span class="chart-emoji" aria-hidden="true">{REACTION_EMOJI[reaction]}</span>
              {reactionLabel(reaction)}
            </span>
            <span class="chart-track" aria-hidden="true">
              <span class="chart-bar" style={{ width: `${(counts[reaction] / max) * 100}%` }} />
            </span>
            <span class="chart-count">{counts[reaction].toLocaleString()}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
