/**
 * The reader view's settings: their shape, defaults and limits. Pure (no extension API), so the
 * reader's UI, the background and the tests share one definition; storage is in
 * reader-settings-store.ts.
 */
export type ReaderTheme = 'light' | 'sepia' | 'dark' | 'system';
export type ReaderFont = 'serif' | 'sans' | 'dyslexic';

export interface ReaderSettings {
  theme: ReaderTheme;
  font: ReaderFont;
  /** Body text size in CSS pixels. */
  size: number;
  /** Line width in characters (ch). */
  width: number;
  lineHeight: number;
}

export const READER_THEMES: readonly ReaderTheme[] = ['light', 'sepia', 'dark', 'system'];
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans', 'dyslexic'];

/** Inclusive limits and step of each numeric setting; the settings panel's sliders use them. */
export const READER_LIMITS = {
  size: { min: 14, max: 30, step: 1 },
  width: { min: 40, max: 100, step: 5 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
} as const;

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  theme: 'system',
  font: 'serif',
  size: 19,
  width: 68,
  lineHeight: 1.6,
};

export const READER_SETTINGS_KEY = 'readerSettings';

function clampNumber(
  value: unknown,
  limits: { min: number; max: number },
  fallback: number,
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  // Rounded to one decimal so slider steps (0.1) do not drift into 1.7000000000000002.
  return Math.round(Math.min(limits.max, Math.max(limits.min, value)) * 10) / 10;
}

/** Whatever is stored (or sent) becomes valid settings: unknown values fall back to defaults. */
export function normalizeReaderSettings(value: unknown): ReaderSettings {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const d = DEFAULT_READER_SETTINGS;
  return {
    theme: READER_THEMES.includes(raw.theme as ReaderTheme) ? (raw.theme as ReaderTheme) : d.theme,
    font: READER_FONTS.includes(raw.font as ReaderFont) ? (raw.font as ReaderFont) : d.font,
    size: clampNumber(raw.size, READER_LIMITS.size, d.size),
    width: clampNumber(raw.width, READER_LIMITS.width, d.width),
    lineHeight: clampNumber(raw.lineHeight, READER_LIMITS.lineHeight, d.lineHeight),
  };
}
