/**
 * Firefox treats MV3 host permissions as opt-in. The popup offers a one-click grant for the tab's
 * site; it must be called straight from the click (a user gesture).
 */
import browser from 'webextension-polyfill';

export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}
