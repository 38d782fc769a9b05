/**
 * The reader's ways in besides the popup: the keyboard command and the context-menu entry. Both
 * call the same toggleReader as the popup's reader/toggle message.
 */
import { onCommand, TOGGLE_READER_COMMAND } from '../platform/commands';
import { addPageMenuItem } from '../platform/context-menu';
import { toggleReader } from './reader-toggle';

export const READER_MENU_ID = 'sourcelight-reader';

/** Registers the command and menu listeners; call once, at the top level of the background. */
export function listenForReaderToggles(): void {
  // One entry that toggles: chosen over the open reader it closes it again.
  addPageMenuItem(
    READER_MENU_ID,
    'Open in Sourcelight reader',
    (tabId) => void toggleReader(tabId),
  );
  onCommand((command, tabId) => {
    if (command === TOGGLE_READER_COMMAND && tabId !== null) void toggleReader(tabId);
  });
}
