/** The reader's keyboard shortcuts: `+`/`-` text size, `t` theme, `Esc` back to the page. */
export type ReaderKeyAction = 'bigger' | 'smaller' | 'next-theme' | 'back';

interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** Fields where the keys type text (or pick an option) and so are not shortcuts. */
function isTextEntry(target: EventTarget | null): boolean {
  const el = target as (Element & { isContentEditable?: boolean; type?: string }) | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  if (tag !== 'input') return false;
  return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color'].includes(String(el.type).toLowerCase());
}

export function keyAction(event: KeyEventLike): ReaderKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTextEntry(event.target)) return null;
  switch (event.key) {
    case 'Escape':
      return 'back';
    case '+':
    case '=':
      return 'bigger';
    case '-':
    case '_':
      return 'smaller';
    case 't':
    case 'T':
      return 'next-theme';
    default:
      return null;
  }
}
