/** The reading view's display settings, kept in `storage.sync` so they follow the person's browsers. */
import { StoredItem, type ItemSpec } from './item';
import type { StorageArea } from './storage-area';
import { field, isOneOf, parseFieldsOrDefaults, type FieldParsers } from './validators';

export const THEMES = ['light', 'dark', 'sepia', 'system'] as const;
export type Theme = (typeof THEMES)[number];

export const FONTS = ['serif', 'sans', 'dyslexic'] as const;
export type ReaderFont = (typeof FONTS)[number];

export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type ContentWidth = (typeof WIDTHS)[number];

/** Text sizes in CSS pixels, smallest to largest; `+` and `-` step through them. */
export const FONT_SIZES = [14, 16, 18, 20, 22, 24, 28, 32] as const;
export const LINE_HEIGHTS = [1.4, 1.6, 1.8, 2] as const;
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 2] as const;

export interface ReaderSettings {
  theme: Theme;
  font: ReaderFont;
  fontSize: number;
  lineHeight: number;
  width: ContentWidth;
  speechRate: number;
}

export const DEFAULT_READER_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 20,
  lineHeight: 1.6,
  width: 'medium',
  speechRate: 1,
});

const FIELDS: FieldParsers<ReaderSettings> = {
  theme: field(isOneOf(THEMES)),
  font: field(isOneOf(FONTS)),
  fontSize: field(isOneOf(FONT_SIZES)),
  lineHeight: field(isOneOf(LINE_HEIGHTS)),
  width: field(isOneOf(WIDTHS)),
  speechRate: field(isOneOf(SPEECH_RATES)),
};

/**
 * Stored under one key in `storage.sync`. Each field is checked on its own: a bad or missing one falls back
 * to its default while the others are kept. A newer version is read the same way (the fields this version
 * knows), so a downgrade keeps what it can.
 */
export const READER_SETTINGS: ItemSpec<ReaderSettings> = {
  key: 'readerSettings',
  defaults: DEFAULT_READER_SETTINGS,
  format: {
    version: 1,
    unknownVersions: 'read-known-fields',
    parse: (object) => parseFieldsOrDefaults(object, FIELDS, DEFAULT_READER_SETTINGS),
  },
};

/** The reader settings over a storage area (the browser's `storage.sync` in the extension). */
export function readerSettings(area: StorageArea): StoredItem<ReaderSettings> {
  return new StoredItem(area, READER_SETTINGS);
}

/** The next size up (`step` 1) or down (-1), staying within FONT_SIZES. */
export function stepFontSize(current: number, step: 1 | -1): number {
  const sizes: readonly number[] = FONT_SIZES;
  let index = sizes.indexOf(current);
  if (index < 0) index = sizes.findIndex((size) => size >= current);
  if (index < 0) index = sizes.length - 1;
  return sizes[Math.min(sizes.length - 1, Math.max(0, index + step))]!;
}

/** The theme after `current`, in THEMES order, wrapping around. */
export function nextTheme(current: Theme): Theme {
  return THEMES[(THEMES.indexOf(current) + 1) % THEMES.length]!;
}
