/**
 * The popup's library corner: a Save button that says when the tab's article is already saved
 * (saving again updates it), and a link to the library. Self-contained: popup.ts only calls
 * mountSaveControl(container, tabId).
 */
import './save-control.css';
import type { LibraryStatus } from '../src/messages';
import { send } from '../src/platform/messaging';
import { libraryPageUrl, openLibraryPage } from '../src/platform/library-page';
import { el } from '../src/ui/element';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function mountSaveControl(container: HTMLElement, tabId: number): void {
  const doc = container.ownerDocument;
  const button = el(doc, 'button', { type: 'button', class: 'sl-save-button', text: 'Save' });
  const note = el(doc, 'span', { class: 'sl-save-note', role: 'status' });
  const open = el(doc, 'a', {
    class: 'sl-save-open',
    href: libraryPageUrl(),
    target: '_blank',
    text: 'Open library',
  });
  const root = el(doc, 'div', { class: 'sl-save', 'data-saved': 'false' }, [button, note, open]);
  let savedId: string | null = null;

  function showStatus(status: LibraryStatus): void {
    savedId = status.saved ? status.id : null;
    root.dataset.saved = String(status.saved);
    button.textContent = status.saved ? 'Saved ✓' : 'Save';
    button.title = status.saved
      ? 'In your library. Click to save this version again.'
      : 'Save this article to your library, to read offline';
    note.textContent =
      status.saved && status.savedAt ? `since ${dateFormat.format(status.savedAt)}` : '';
  }

  button.addEventListener('click', () => {
    button.disabled = true;
    note.textContent = 'Saving…';
    void send('library/save', { tabId })
      .then((result) => {
        if (!result.ok) {
          note.textContent = result.message;
          return;
        }
        showStatus({ saved: true, id: result.id, savedAt: result.savedAt });
        note.textContent = result.updated ? 'Updated' : 'Saved';
      })
      .catch((error: unknown) => {
        note.textContent = error instanceof Error ? error.message : String(error);
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  open.addEventListener('click', (event) => {
    event.preventDefault();
    void openLibraryPage(savedId ?? undefined).then(() => window.close());
  });

  container.append(root);
  void send('library/status', { tabId }).then(showStatus, () => undefined);
}
