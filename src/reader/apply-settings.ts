/** Puts reader settings on the reader's root element: a theme and font class, and sizes. */
import type { ReaderSettings } from '../platform/reader-settings';

const THEME_CLASS = /^sl-(theme|font)-/;

export function applyReaderSettings(root: HTMLElement, settings: ReaderSettings): void {
  for (const name of [...root.classList]) if (THEME_CLASS.test(name)) root.classList.remove(name);
  root.classList.add(`sl-theme-${settings.theme}`, `sl-font-${settings.font}`);
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--rd-size', `${settings.size}px`);
  root.style.setProperty('--rd-width', `${settings.width}ch`);
  root.style.setProperty('--sl-line-height', String(settings.lineHeight));
}
