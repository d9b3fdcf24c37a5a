import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children: ComponentChildren;
  action?: { label: string; onClick(): void };
  kind?: 'info' | 'problem';
}

/** A clear message in place of the card: what happened, why, and what the person can do. */
export function StatusMessage({ title, children, action, kind = 'info' }: Props) {
  return (
    <section class={`status-message ${kind}`} role={kind === 'problem' ? 'alert' : 'status'} data-status={title}>
      <h1 class="status-title">{title}</h1>
      <div class="status-text">{children}</div>
      {action && (
        <button type="button" class="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
