/**
 * Reads the one setting the detection content script needs, through the browser's own storage
 * API (no polyfill on every page; promises in MV3 in Chrome and Firefox alike). When storage
 * cannot be read the default holds: detection on.
 */
import { AUTO_DETECT_KEY } from '../settings-keys';

export async function isAutoDetectEnabled(): Promise<boolean> {
  try {
    const stored = await chrome.storage.sync.get(AUTO_DETECT_KEY);
    return stored[AUTO_DETECT_KEY] !== false;
  } catch {
    return true;
  }
}
