/**
 * Reads the one setting the detection content script needs, through the browser's own storage
 * API (no polyfill on every page). Missing storage (tests, odd frames) means the default: on.
 */
import { AUTO_DETECT_KEY } from '../settings-keys';

interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
}

export async function isAutoDetectEnabled(): Promise<boolean> {
  const scope = globalThis as {
    browser?: { storage?: { sync?: StorageAreaLike } };
    chrome?: { storage?: { sync?: StorageAreaLike } };
  };
  const area = scope.browser?.storage?.sync ?? scope.chrome?.storage?.sync;
  if (!area) return true;
  try {
    const stored = await area.get(AUTO_DETECT_KEY);
    return stored[AUTO_DETECT_KEY] !== false;
  } catch {
    return true;
  }
}
