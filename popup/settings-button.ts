/** The popup's "Settings" button: shows and hides the settings panel. */
import { el } from '../src/ui/element';
import { popupElements } from './popup-elements';
import { renderSettingsPanel } from './settings-panel';

export function settingsButton(onChange: () => void): HTMLButtonElement {
  const { settings } = popupElements;
  const button = el(document, 'button', {
    type: 'button',
    'aria-expanded': String(!settings.hidden),
    'aria-controls': 'sl-settings',
    text: 'Settings',
  });
  button.addEventListener('click', () => {
    const open = settings.hidden;
    settings.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) void renderSettingsPanel(settings, onChange);
  });
  return button;
}
