/**
 * The reader's settings: theme, font, size, line width and line height. Every change is reported
 * at once (the view applies it live and the store shares it with the other tabs); `show` puts
 * settings that changed elsewhere back into the controls.
 */
import { el } from '../ui/element';
import {
  READER_LIMITS,
  type ReaderFont,
  type ReaderSettings,
  type ReaderTheme,
} from '../platform/reader-settings';

export interface SettingsPanel {
  element: HTMLElement;
  show(settings: ReaderSettings): void;
}

const THEME_LABELS: Record<ReaderTheme, string> = {
  light: 'Light',
  sepia: 'Sepia',
  dark: 'Dark',
  system: 'Follow system',
};
const FONT_LABELS: Record<ReaderFont, string> = {
  serif: 'Serif',
  sans: 'Sans-serif',
  dyslexic: 'OpenDyslexic',
};

type NumericSetting = keyof typeof READER_LIMITS;
const NUMERIC_LABELS: Record<NumericSetting, string> = {
  size: 'Text size',
  width: 'Line width',
  lineHeight: 'Line spacing',
};

export function renderSettingsPanel(
  doc: Document,
  initial: ReaderSettings,
  onChange: (settings: ReaderSettings) => void,
): SettingsPanel {
  let current = initial;
  const change = (patch: Partial<ReaderSettings>): void => {
    current = { ...current, ...patch };
    show(current);
    onChange(current);
  };

  const themeButtons = (Object.keys(THEME_LABELS) as ReaderTheme[]).map((theme) => {
    const button = el(doc, 'button', {
      type: 'button',
      class: 'sl-tool',
      'data-theme': theme,
      'aria-pressed': 'false',
      text: THEME_LABELS[theme],
    });
    button.addEventListener('click', () => change({ theme }));
    return button;
  });

  const fontSelect = el(
    doc,
    'select',
    { name: 'font' },
    (Object.keys(FONT_LABELS) as ReaderFont[]).map((font) =>
      el(doc, 'option', { value: font, text: FONT_LABELS[font] }),
    ),
  );
  fontSelect.addEventListener('change', () => change({ font: fontSelect.value as ReaderFont }));

  const sliders = (Object.keys(READER_LIMITS) as NumericSetting[]).map((name) => {
    const { min, max, step } = READER_LIMITS[name];
    const input = el(doc, 'input', { type: 'range', name, min, max, step });
    input.addEventListener('input', () => change({ [name]: Number(input.value) }));
    const label = el(doc, 'label', { class: 'sl-setting' }, [NUMERIC_LABELS[name], input]);
    return { name, input, label };
  });

  const element = el(
    doc,
    'div',
    { class: 'sl-settings', role: 'group', 'aria-label': 'Reader settings', hidden: true },
    [
      el(doc, 'fieldset', { class: 'sl-setting' }, [
        el(doc, 'legend', { text: 'Theme' }),
        el(doc, 'div', { class: 'sl-choices' }, themeButtons),
      ]),
      el(doc, 'label', { class: 'sl-setting' }, ['Font', fontSelect]),
      ...sliders.map((slider) => slider.label),
    ],
  );

  function show(settings: ReaderSettings): void {
    current = settings;
    for (const button of themeButtons) {
      button.setAttribute('aria-pressed', String(button.dataset.theme === settings.theme));
    }
    fontSelect.value = settings.font;
    for (const { name, input } of sliders) input.value = String(settings[name]);
  }

  show(initial);
  return { element, show };
}
