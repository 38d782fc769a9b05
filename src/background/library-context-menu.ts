/** "Save article to Sourcelight library" in the page's context menu. */
import { addPageMenuItem } from '../platform/context-menu';
import { saveTabToLibrary } from './library-save-tab';

export function registerLibraryContextMenu(): void {
  addPageMenuItem('sourcelight-library-save', 'Save article to Sourcelight library', (tabId) => {
    void saveTabToLibrary(tabId).then((result) => {
      // No notification permission: the popup shows the saved state; a failure goes to the log.
      if (!result.ok) console.warn(`Sourcelight: ${result.message}`);
    });
  });
}
