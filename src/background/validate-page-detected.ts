/**
 * Content-script messages come from pages we do not trust (a compromised renderer can send
 * anything), so the detection report is checked field by field before it is stored.
 */
import type { PageDetected } from '../messages';

const MAX_SIGNALS = 32;
const MAX_TEXT = 2048;

const isShortString = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT;

export function validatePageDetected(value: unknown): PageDetected {
  if (typeof value !== 'object' || value === null) throw new Error('page/detected: not an object');
  const { url, detection } = value as Record<string, unknown>;
  if (!isShortString(url) || !/^https?:\/\//.test(url)) throw new Error('page/detected: bad url');
  if (typeof detection !== 'object' || detection === null) {
    throw new Error('page/detected: bad detection');
  }
  const { isArticle, isNews, score, signals } = detection as Record<string, unknown>;
  if (typeof isArticle !== 'boolean' || typeof isNews !== 'boolean') {
    throw new Error('page/detected: bad flags');
  }
  if (typeof score !== 'number' || !Number.isFinite(score))
    throw new Error('page/detected: bad score');
  if (
    !Array.isArray(signals) ||
    signals.length > MAX_SIGNALS ||
    !signals.every((signal) => typeof signal === 'string' && signal.length <= 64)
  ) {
    throw new Error('page/detected: bad signals');
  }
  return {
    url,
    detection: { isArticle, isNews, score, signals: [...(signals as string[])] },
  };
}
