/** The popup's settings: images in the article, and automatic detection on every page. */
import { AUTO_DETECT_KEY, SHOW_IMAGES_KEY } from '../src/settings-keys';
import { readBooleanSetting, writeBooleanSetting } from '../src/platform/sync-settings';
import { el } from '../src/ui/element';

export async function renderSettingsPanel(panel: HTMLElement, onChange: () => void): Promise<void> {
  const options = [
    { key: SHOW_IMAGES_KEY, fallback: false, label: 'Show images in the popup' },
    { key: AUTO_DETECT_KEY, fallback: true, label: 'Light the button on articles automatically' },
  ];
  const rows = await Promise.all(
    options.map(async ({ key, fallback, label }) => {
      const input = el(document, 'input', { type: 'checkbox', name: key });
      input.checked = await readBooleanSetting(key, fallback);
      input.addEventListener('change', () => {
        void writeBooleanSetting(key, input.checked).then(onChange);
      });
      return el(document, 'label', {}, [input, label]);
    }),
  );
  panel.replaceChildren(...rows);
}
