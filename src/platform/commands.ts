/** Keyboard commands declared in manifest.json ("commands"). */
import browser from 'webextension-polyfill';

/** The command that opens and closes the reader view (manifest.json names it too). */
export const TOGGLE_READER_COMMAND = 'toggle-reader';

/** Calls back with the command's name and the id of the tab it was pressed in. */
export function onCommand(listener: (command: string, tabId: number | null) => void): void {
  browser.commands.onCommand.addListener((command, tab) => listener(command, tab?.id ?? null));
}
