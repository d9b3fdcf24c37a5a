import { useRef } from 'preact/hooks';
import { REACTIONS, type Reaction } from '../reactions/record';
import { t } from './i18n';
import { REACTION_EMOJI, reactionLabel } from './reactions';

interface Props {
  value: Reaction | null;
  /** Called with the new choice, or null when the current one is chosen again (which clears it). */
  onChange(next: Reaction | null): void;
  disabled?: boolean;
  label?: string;
}

const NEXT_KEYS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * A single-choice group following the WAI-ARIA radio group pattern: one tab stop, arrows move and choose,
 * Space or a click on the chosen one clears it (unlike native radios, which cannot be unchecked).
 */
export function ReactionPicker({ value, onChange, disabled = false, label = t('reactionGroupLabel') }: Props) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const focusIndex = value ? REACTIONS.indexOf(value) : 0;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = NEXT_KEYS[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const next = (index + step + REACTIONS.length) % REACTIONS.length;
      buttons.current[next]?.focus();
      onChange(REACTIONS[next] ?? null);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const next = event.key === 'Home' ? 0 : REACTIONS.length - 1;
      buttons.current[next]?.focus();
      onChange(REACTIONS[next] ?? null);
    }
  };

  return (
    <div class="reaction-picker" role="radiogroup" aria-label={label} aria-disabled={disabled || undefined}>
      {REACTIONS.map((reaction, index) => {
        const checked = reaction === value;
        return (
          <button
            key={reaction}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="radio"
            class="reaction"
            data-reaction={reaction}
            aria-checked={checked}
            tabIndex={index === focusIndex ? 0 : -1}
            disabled={disabled}
            onClick={() => onChange(checked ? null : reaction)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span class="reaction-emoji" aria-hidden="true">{REACTION_EMOJI[reaction]}</span>
            <span class="reaction-label">{reactionLabel(reaction)}</span>
          </button>
        );
      })}
    </div>
  );
}
