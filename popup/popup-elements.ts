/** The popup's fixed elements (popup.html), looked up once and checked. */
function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`popup.html lacks #${id}`);
  return element;
}

export const popupElements = {
  status: byId('sl-status'),
  actions: byId('sl-actions'),
  settingsSlot: byId('sl-settings-slot'),
  reader: byId('sl-reader'),
  library: byId('sl-library'),
  settings: byId('sl-settings'),
  state: byId('sl-state'),
  content: byId('sl-content'),
};
