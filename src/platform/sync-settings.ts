/** Small user settings kept in storage.sync, so they follow the user across their browsers. */
import browser from 'webextension-polyfill';

export async function readBooleanSetting(key: string, fallback: boolean): Promise<boolean> {
  const stored = await browser.storage.sync.get(key);
  const value = stored[key];
  return typeof value === 'boolean' ? value : fallback;
}

export async function writeBooleanSetting(key: string, value: boolean): Promise<void> {
  await browser.storage.sync.set({ [key]: value });
}
