/** A context-menu entry on web pages, registered once per install and routed to a handler by tab. */
import browser from 'webextension-polyfill';

/**
 * Adds the page context-menu item `id` (created at install/update, as MV3 menus persist) and calls
 * `onClick` with the tab it was chosen in. Call at the top level of the background, so the click
 * listener exists when the event wakes the service worker.
 */
export function addPageMenuItem(id: string, title: string, onClick: (tabId: number) => void): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.remove(id).catch(() => undefined);
    browser.contextMenus.create({ id, title, contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === id && tab?.id !== undefined) onClick(tab.id);
  });
}
