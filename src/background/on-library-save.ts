/**
 * `library/save` from an extension page (the popup: any tab) or from a content script (the
 * reader: only the tab it runs in, so a page can never save another tab).
 */
import type { LibrarySaveResponse, SenderInfo } from '../messages';
import { saveTabToLibrary } from './library-save-tab';
import { allowedTabId } from './library-tab-access';

export function onLibrarySave(
  request: { tabId: number },
  sender: SenderInfo,
): Promise<LibrarySaveResponse> {
  return saveTabToLibrary(allowedTabId(request, sender, 'library/save'));
}
