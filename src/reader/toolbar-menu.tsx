import type { ComponentChildren } from 'preact';

interface Props {
  name: string;
  icon: string;
  label: string;
  open: boolean;
  onToggle(open: boolean): void;
  children: ComponentChildren;
}

/** A toolbar button that opens a panel under it (under the whole toolbar on narrow windows). */
export function ToolbarMenu({ name, icon, label, open, onToggle, children }: Props) {
  return (
    <details class={`toolbar-menu ${name}`} open={open} onToggle={(event) => onToggle((event.currentTarget as HTMLDetailsElement).open)}>
      <summary class="tool-button">
        <span aria-hidden="true" class="tool-icon">
          {icon}
        </span>{' '}
        <span class="tool-label">{label}</span>
      </summary>
      <div class={`toolbar-panel ${name}-panel`}>{children}</div>
    </details>
  );
}
