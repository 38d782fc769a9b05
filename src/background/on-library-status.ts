/** `library/status`: is the tab's page already saved? The popup and the reader show it. */
import type { LibraryStatus, SenderInfo } from '../messages';
import { libraryStatusOfTab } from './library-save-tab';
import { allowedTabId } from './library-tab-access';

export function onLibraryStatus(
  request: { tabId: number },
  sender: SenderInfo,
): Promise<LibraryStatus> {
  return libraryStatusOfTab(allowedTabId(request, sender, 'library/status'));
}
