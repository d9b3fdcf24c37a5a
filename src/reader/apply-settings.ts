import type { ReaderSettings } from '../storage/reader-settings';

/** Puts the settings on the page root: data attributes pick the theme, font and width in reader.css. */
export function applySettings(settings: ReaderSettings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.dataset.width = settings.width;
  // CSSOM, not a style attribute: allowed under the page's style-src 'self'.
  root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--reader-line-height', String(settings.lineHeight));
}
