// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keyAction } from '../../../src/reader/keyboard';

const press = (key: string, target: EventTarget | null = document.body, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
  keyAction({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

function element(html: string): Element {
  return new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;
}

describe('the reader keys', () => {
  it('map + and = to bigger, - and _ to smaller, t to the next theme and Esc to back', () => {
    expect(['+', '=', '-', '_', 't', 'T', 'Escape'].map((key) => press(key))).toEqual(['bigger', 'bigger', 'smaller', 'smaller', 'next-theme', 'next-theme', 'back']);
  });

  it('page with Space and Shift+Space, step with j and k, jump headings with ] and [, and ? shows the keys', () => {
    expect([' ', 'j', 'k', ']', '[', '?'].map((key) => press(key))).toEqual(['page-down', 'next-block', 'previous-block', 'next-heading', 'previous-heading', 'help']);
    expect(press(' ', document.body, { shiftKey: true })).toBe('page-up');
  });

  it('leave Space to the control it would press (a button, a folding summary, a link, a checkbox)', () => {
    for (const html of ['<button>x</button>', '<summary>x</summary>', '<a href="#x">x</a>', '<input type="checkbox">', '<div role="button">x</div>']) expect(press(' ', element(html)), html).toBeNull();
    expect(press('j', element('<button>x</button>'))).toBe('next-block');
  });

  it('leave other keys, and every key with Ctrl, Cmd or Alt, to the browser', () => {
    expect(press('a')).toBeNull();
    expect(press('+', document.body, { ctrlKey: true })).toBeNull();
    expect(press('t', document.body, { metaKey: true })).toBeNull();
    expect(press('-', document.body, { altKey: true })).toBeNull();
  });

  it('are not shortcuts while typing in a field', () => {
    for (const html of ['<input type="text">', '<input type="search">', '<input>', '<textarea></textarea>', '<select></select>', '<div contenteditable="true"></div>']) {
      const target = element(html);
      // jsdom has no isContentEditable; the browser sets it for contenteditable elements.
      if (target.hasAttribute('contenteditable')) Object.defineProperty(target, 'isContentEditable', { value: true });
      expect(press('t', target), html).toBeNull();
    }
  });

  it('still work on buttons, radios and checkboxes (the settings panel)', () => {
    for (const html of ['<button>A</button>', '<input type="radio">', '<input type="checkbox">', '<input type="range">']) {
      expect(press('t', element(html)), html).toBe('next-theme');
    }
    expect(press('Escape', null)).toBe('back');
  });
});
