import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_SETTINGS,
  normalizeReaderSettings,
} from '../../src/platform/reader-settings';

describe('stored reader settings', () => {
  it('fall back to the defaults when nothing or junk is stored', () => {
    expect(normalizeReaderSettings(undefined)).toEqual(DEFAULT_READER_SETTINGS);
    expect(normalizeReaderSettings({ theme: 'neon', font: 42, size: 'big' })).toEqual(
      DEFAULT_READER_SETTINGS,
    );
  });

  it('keep sizes inside the slider limits', () => {
    const settings = normalizeReaderSettings({
      size: 400,
      width: 1,
      lineHeight: 1.7000000000000002,
    });
    expect(settings.size).toBe(30);
    expect(settings.width).toBe(40);
    expect(settings.lineHeight).toBe(1.7);
  });

  it('keep valid choices as they are', () => {
    const chosen = { theme: 'dark', font: 'dyslexic', size: 22, width: 80, lineHeight: 1.9 };
    expect(normalizeReaderSettings(chosen)).toEqual(chosen);
  });
});
