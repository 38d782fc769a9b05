/** A status line at the bottom of the page, with an Undo button for a few seconds after a delete. */
const UNDO_WINDOW_MS = 10_000;

export interface Toast {
  say(text: string): void;
  offerUndo(text: string, undo: () => Promise<void>): void;
}

export function createToast(
  box: HTMLElement,
  label: HTMLElement,
  button: HTMLButtonElement,
): Toast {
  let timer = 0;
  let pendingUndo: (() => Promise<void>) | null = null;

  function show(text: string, undo: (() => Promise<void>) | null): void {
    clearTimeout(timer);
    label.textContent = text;
    pendingUndo = undo;
    button.hidden = undo === null;
    box.hidden = false;
    timer = window.setTimeout(() => {
      box.hidden = true;
      pendingUndo = null;
    }, UNDO_WINDOW_MS);
  }

  button.addEventListener('click', () => {
    const undo = pendingUndo;
    if (!undo) return;
    pendingUndo = null;
    button.hidden = true;
    undo().then(
      () => show('Restored.', null),
      (error: unknown) => show(error instanceof Error ? error.message : String(error), null),
    );
  });

  return { say: (text) => show(text, null), offerUndo: show };
}
