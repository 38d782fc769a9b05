/** A short confirmation ("Copied as Markdown") that screen readers announce too. */
import { el } from '../src/ui/element';

export function toast(message: string): void {
  const note = el(document, 'div', { class: 'sl-toast', role: 'status', text: message });
  document.body.append(note);
  setTimeout(() => note.remove(), 2200);
}
