/**
 * The reader's toolbar: close, settings, read aloud, print, and "always open on this site" (the
 * easy way back out of per-site auto-open).
 */
import { el } from '../ui/element';

export interface ReaderToolbar {
  element: HTMLElement;
  settingsButton: HTMLButtonElement;
  /** Reflects the per-site choice when it changes (here or in another tab). */
  showSite(alwaysOpen: boolean): void;
}

export interface ReaderToolbarOptions {
  site: string | null;
  alwaysOpen: boolean;
  readAloud: HTMLElement;
  onClose(): void;
  onToggleSettings(open: boolean): void;
  onSiteChange(alwaysOpen: boolean): void;
  onPrint(): void;
  onSave(): Promise<string>;
}

export function renderReaderToolbar(doc: Document, options: ReaderToolbarOptions): ReaderToolbar {
  const close = el(doc, 'button', {
    type: 'button',
    class: 'sl-tool',
    'data-action': 'close',
    title: 'Close the reader (Esc)',
    text: '✕ Close',
  });
  close.addEventListener('click', () => options.onClose());

  const settingsButton = el(doc, 'button', {
    type: 'button',
    class: 'sl-tool',
    'data-action': 'settings',
    'aria-expanded': 'false',
    'aria-controls': 'sl-settings',
    text: 'Aa Settings',
  });
  settingsButton.addEventListener('click', () => {
    const open = settingsButton.getAttribute('aria-expanded') !== 'true';
    settingsButton.setAttribute('aria-expanded', String(open));
    options.onToggleSettings(open);
  });

  const print = el(doc, 'button', {
    type: 'button',
    class: 'sl-tool',
    'data-action': 'print',
    text: 'Print',
  });
  print.addEventListener('click', () => options.onPrint());

  // Save to the library, with the outcome ("Saved", "Updated", or why not) announced.
  const save = el(doc, 'button', {
    type: 'button',
    class: 'sl-tool',
    'data-action': 'save',
    text: 'Save',
  });
  const saveNote = el(doc, 'span', { class: 'sl-save-note', role: 'status' });
  save.addEventListener('click', () => {
    save.disabled = true;
    options
      .onSave()
      .then(
        (message) => (saveNote.textContent = message),
        (error: unknown) =>
          (saveNote.textContent = error instanceof Error ? error.message : String(error)),
      )
      .finally(() => (save.disabled = false));
  });

  let siteBox: HTMLInputElement | null = null;
  let siteLabel: HTMLElement | null = null;
  if (options.site) {
    siteBox = el(doc, 'input', {
      type: 'checkbox',
      name: 'always-open',
      checked: options.alwaysOpen,
    });
    siteBox.addEventListener('change', () => options.onSiteChange(siteBox?.checked ?? false));
    siteLabel = el(
      doc,
      'label',
      { class: 'sl-site', title: 'Open articles on this site in the reader automatically' },
      [siteBox, `Always open on ${options.site}`],
    );
  }

  const element = el(doc, 'div', { class: 'sl-toolbar', role: 'toolbar', 'aria-label': 'Reader' }, [
    el(doc, 'span', { class: 'sl-brand', text: 'Sourcelight' }),
    options.readAloud,
    siteLabel,
    saveNote,
    save,
    print,
    settingsButton,
    close,
  ]);
  return {
    element,
    settingsButton,
    showSite(alwaysOpen) {
      if (siteBox) siteBox.checked = alwaysOpen;
    },
  };
}
