/**
 * The reading view's display settings: one typed item in `storage.sync` (so they follow the person's
 * browsers), with defaults, a schema version, and validation of everything read back.
 */
import type { StorageArea } from './storage-area';

export const READER_SETTINGS_KEY = 'readerSettings';
export const READER_SETTINGS_VERSION = 1;

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

/** What was wrong with the stored item, if anything: the settings are then the defaults for that part. */
export type SettingsProblem = 'not-an-object' | 'unknown-version' | 'malformed-fields';

export interface ParsedSettings {
  settings: ReaderSettings;
  problem: SettingsProblem | null;
}

function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): { value: T; ok: boolean } {
  return allowed.includes(value as T) ? { value: value as T, ok: true } : { value: fallback, ok: value === undefined };
}

/**
 * Reads a stored value without trusting its shape: each field is checked on its own, and a bad or missing
 * field falls back to its default while the others are kept. A newer schema version is read the same way
 * (fields this version knows), so a downgrade keeps what it can.
 */
export function parseReaderSettings(value: unknown): ParsedSettings {
  if (value === undefined) return { settings: { ...DEFAULT_READER_SETTINGS }, problem: null };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { settings: { ...DEFAULT_READER_SETTINGS }, problem: 'not-an-object' };
  }
  const v = value as Record<string, unknown>;
  const d = DEFAULT_READER_SETTINGS;
  const fields = {
    theme: oneOf(THEMES, v.theme, d.theme),
    font: oneOf(FONTS, v.font, d.font),
    fontSize: oneOf(FONT_SIZES, v.fontSize, d.fontSize),
    lineHeight: oneOf(LINE_HEIGHTS, v.lineHeight, d.lineHeight),
    width: oneOf(WIDTHS, v.width, d.width),
    speechRate: oneOf(SPEECH_RATES, v.speechRate, d.speechRate),
  };
  const settings: ReaderSettings = {
    theme: fields.theme.value,
    font: fields.font.value,
    fontSize: fields.fontSize.value,
    lineHeight: fields.lineHeight.value,
    width: fields.width.value,
    speechRate: fields.speechRate.value,
  };
  const malformed = Object.values(fields).some((field) => !field.ok);
  const problem: SettingsProblem | null =
    v.schemaVersion !== READER_SETTINGS_VERSION ? 'unknown-version' : malformed ? 'malformed-fields' : null;
  return { settings, problem };
}

export function serializeReaderSettings(settings: ReaderSettings): Record<string, unknown> {
  return { schemaVersion: READER_SETTINGS_VERSION, ...settings };
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

/**
 * Reader settings over a `StorageArea` (the browser's `storage.sync` in the extension). Writes are
 * coalesced: while one is under way only the latest next value is kept, so holding `+` does not run into
 * the sync area's write quota.
 */
export class ReaderSettingsStore {
  private pending: ReaderSettings | null = null;
  private writing: Promise<void> | null = null;

  constructor(private readonly area: StorageArea) {}

  async load(): Promise<ParsedSettings> {
    return parseReaderSettings((await this.area.get(READER_SETTINGS_KEY))[READER_SETTINGS_KEY]);
  }

  /** Saves `settings`; resolves when it (or a later value) is written, rejects if the write failed. */
  save(settings: ReaderSettings): Promise<void> {
    this.pending = { ...settings };
    if (!this.writing) {
      this.writing = this.flush().finally(() => {
        this.writing = null;
      });
    }
    return this.writing;
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending) {
        const next = this.pending;
        this.pending = null;
        await this.area.set({ [READER_SETTINGS_KEY]: serializeReaderSettings(next) });
      }
    } finally {
      this.pending = null;
    }
  }

  /** Calls `listener` when the settings change in any view (another tab, another synced browser). */
  watch(listener: (settings: ReaderSettings) => void): () => void {
    return this.area.subscribe((changes) => {
      const change = changes[READER_SETTINGS_KEY];
      if (change) listener(parseReaderSettings(change.newValue).settings);
    });
  }
}
