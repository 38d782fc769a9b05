/** The popup's "Reader view" button: toggles the reader over the tab's page. */
import { send } from '../src/platform/messaging';
import { el } from '../src/ui/element';
import { toast } from './toast';

/** "Reader view": opens (or closes) the reader over the tab's page, then gets out of its way. */
export function mountReaderButton(slot: HTMLElement, tabId: number): void {
  const button = el(document, 'button', { type: 'button', text: 'Reader view' });
  button.addEventListener('click', () => {
    send('reader/toggle', { tabId }).then(
      (reply) => {
        if (!reply.ok) toast(reply.message);
        // The toolbar popup closes so the reader is in view; opened as a tab (?tabId=) it stays.
        else if (!new URLSearchParams(location.search).has('tabId')) window.close();
      },
      (error: unknown) => toast(error instanceof Error ? error.message : String(error)),
    );
  });
  slot.replaceChildren(button);
}
