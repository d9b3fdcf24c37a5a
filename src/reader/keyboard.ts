/**
 * The reader's keyboard shortcuts: `+`/`-` text size, `t` theme, Space / Shift+Space a page, `j`/`k` a
 * paragraph, `]`/`[` a heading, `?` the list of keys, `Esc` closes what is open, then back to the page.
 */
export type ReaderKeyAction =
  | 'bigger'
  | 'smaller'
  | 'next-theme'
  | 'back'
  | 'page-down'
  | 'page-up'
  | 'next-block'
  | 'previous-block'
  | 'next-heading'
  | 'previous-heading'
  | 'help';

/** Every key the help overlay lists, in its order, with the message that says what it does. */
export const KEY_HELP: readonly { keys: readonly string[]; message: string }[] = [
  { keys: ['Space'], message: 'readerKeyPageDown' },
  { keys: ['Shift', 'Space'], message: 'readerKeyPageUp' },
  { keys: ['j'], message: 'readerKeyNextParagraph' },
  { keys: ['k'], message: 'readerKeyPreviousParagraph' },
  { keys: [']'], message: 'readerKeyNextHeading' },
  { keys: ['['], message: 'readerKeyPreviousHeading' },
  { keys: ['+'], message: 'readerKeyBigger' },
  { keys: ['−'], message: 'readerKeySmaller' },
  { keys: ['t'], message: 'readerKeyTheme' },
  { keys: ['?'], message: 'readerKeyHelp' },
  { keys: ['Esc'], message: 'readerKeyBack' },
];

interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
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

/** Controls that Space itself activates (a button, a checkbox, a folding summary…): Space is theirs there. */
function spaceActivates(target: EventTarget | null): boolean {
  const el = target as Element | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return ['button', 'summary', 'input', 'select', 'a', 'option'].includes(el.tagName.toLowerCase()) || el.getAttribute('role') === 'button';
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
    case ' ':
      if (spaceActivates(event.target)) return null;
      return event.shiftKey ? 'page-up' : 'page-down';
    case 'j':
      return 'next-block';
    case 'k':
      return 'previous-block';
    case ']':
      return 'next-heading';
    case '[':
      return 'previous-heading';
    case '?':
      return 'help';
    default:
      return null;
  }
}
