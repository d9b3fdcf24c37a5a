import type { ComponentChild } from 'preact';
import {
  FONT_SIZES,
  FONTS,
  LINE_HEIGHTS,
  THEMES,
  WIDTHS,
  type ReaderSettings,
} from '../storage/reader-settings';
import { t } from '../ui/i18n';
import { SpeedSelect } from './read-aloud-controls';
import { ToolbarMenu } from './toolbar-menu';

interface Props {
  settings: ReaderSettings;
  onChange(patch: Partial<ReaderSettings>): void;
  onBigger(): void;
  onSmaller(): void;
  failed: boolean;
  open: boolean;
  onToggle(open: boolean): void;
  onHelp(): void;
  /** A toolbar control that has no room in the toolbar on phones, shown here instead ("Always open here"). */
  narrowControl?: ComponentChild;
}

const THEME_KEYS: Record<ReaderSettings['theme'], string> = {
  light: 'readerThemeLight',
  dark: 'readerThemeDark',
  sepia: 'readerThemeSepia',
  system: 'readerThemeSystem',
};
const FONT_KEYS: Record<ReaderSettings['font'], string> = {
  serif: 'readerFontSerif',
  sans: 'readerFontSans',
  dyslexic: 'readerFontDyslexic',
};
const WIDTH_KEYS: Record<ReaderSettings['width'], string> = {
  narrow: 'readerWidthNarrow',
  medium: 'readerWidthMedium',
  wide: 'readerWidthWide',
};
const LINE_HEIGHT_KEYS = ['readerLineHeightCompact', 'readerLineHeightNormal', 'readerLineHeightRelaxed', 'readerLineHeightLoose'];

function Choices<T extends string | number>({
  name,
  legend,
  options,
  value,
  label,
  onPick,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label(option: T, index: number): string;
  onPick(option: T): void;
}) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      <div class="choice-row">
        {options.map((option, index) => (
          <label class="choice" key={String(option)} data-choice={String(option)}>
            <input type="radio" name={name} value={String(option)} checked={option === value} onChange={() => onPick(option)} />
            <span>{label(option, index)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Display settings: theme, font, size, line height and width, applied at once and kept in storage.sync. */
export function SettingsPanel({ settings, onChange, onBigger, onSmaller, failed, open, onToggle, onHelp, narrowControl }: Props) {
  const smallest = settings.fontSize <= FONT_SIZES[0];
  const largest = settings.fontSize >= FONT_SIZES[FONT_SIZES.length - 1]!;
  return (
    <ToolbarMenu name="settings" icon="Aa" label={t('readerSettings')} open={open} onToggle={onToggle}>
        <Choices name="theme" legend={t('readerTheme')} options={THEMES} value={settings.theme} label={(theme) => t(THEME_KEYS[theme])} onPick={(theme) => onChange({ theme })} />
        <Choices name="font" legend={t('readerFont')} options={FONTS} value={settings.font} label={(font) => t(FONT_KEYS[font])} onPick={(font) => onChange({ font })} />
        <fieldset class="choices">
          <legend>{t('readerFontSize')}</legend>
          <div class="stepper">
            <button type="button" class="step" onClick={onSmaller} disabled={smallest} aria-label={t('readerSmaller')}>
              A−
            </button>
            <output class="size-value" aria-live="polite">{t('readerPixels', settings.fontSize)}</output>
            <button type="button" class="step big" onClick={onBigger} disabled={largest} aria-label={t('readerBigger')}>
              A+
            </button>
          </div>
        </fieldset>
        <Choices name="line-height" legend={t('readerLineHeight')} options={LINE_HEIGHTS} value={settings.lineHeight as (typeof LINE_HEIGHTS)[number]} label={(_, index) => t(LINE_HEIGHT_KEYS[index]!)} onPick={(lineHeight) => onChange({ lineHeight })} />
        <Choices name="width" legend={t('readerWidth')} options={WIDTHS} value={settings.width} label={(width) => t(WIDTH_KEYS[width])} onPick={(width) => onChange({ width })} />
        {/* On phones the toolbar has no room for read aloud's speed: it is set here instead. */}
        <label class="narrow-speed">
          <span>{t('readerSpeed')}</span>
          <SpeedSelect rate={settings.speechRate} onRate={(speechRate) => onChange({ speechRate })} />
        </label>
        {narrowControl && <div class="narrow-control">{narrowControl}</div>}
        <p class="settings-hint">{t('readerKeysHint')}</p>
        <button type="button" class="link-button key-help-open" onClick={onHelp}>
          {t('readerHelpButton')}
        </button>
        {failed && (
          <p class="settings-problem" role="alert">
            {t('readerSettingsNotSaved')}
          </p>
        )}
    </ToolbarMenu>
  );
}
