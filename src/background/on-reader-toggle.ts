/** The popup's "Reader view" button: open or close the reader in its tab. */
import type { ReaderToggleResponse, SenderInfo } from '../messages';
import { toggleReader } from './reader-toggle';

export async function onReaderToggle(
  request: { tabId: number },
  sender: SenderInfo,
): Promise<ReaderToggleResponse> {
  if (!sender.fromExtensionPage) throw new Error('reader/toggle is for extension pages');
  if (!Number.isInteger(request.tabId)) throw new Error('reader/toggle: bad tabId');
  return toggleReader(request.tabId);
}
