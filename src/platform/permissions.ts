/**
 * Firefox treats MV3 host permissions as opt-in. The popup offers a one-click grant; it must be
 * called straight from the click (a user gesture). With the tab's origin known, only that site
 * is asked for; where the browser hides the tab's URL from us (no host access at all), the grant
 * asks for the host access the manifest declares.
 */
import browser from 'webextension-polyfill';

export function requestSiteAccess(origin: string | null): Promise<boolean> {
  const origins = origin ? [`${origin}/*`] : (browser.runtime.getManifest().host_permissions ?? []);
  return browser.permissions.request({ origins });
}
