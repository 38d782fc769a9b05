/** The toolbar button's per-tab state: lit (an article is here) or dim. */
import browser from 'webextension-polyfill';

const SIZES = [16, 32, 48, 128] as const;

function iconSet(state: 'on' | 'off'): Record<string, string> {
  return Object.fromEntries(
    SIZES.map((size) => [String(size), `/icons/icon-${state}-${size}.png`]),
  );
}

export async function showArticleIndicator(tabId: number, isArticle: boolean): Promise<void> {
  await Promise.all([
    browser.action.setIcon({ tabId, path: iconSet(isArticle ? 'on' : 'off') }),
    browser.action.setBadgeText({ tabId, text: isArticle ? '●' : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#c2410c' }),
    browser.action.setTitle({
      tabId,
      title: isArticle ? 'Sourcelight: article found, click to read' : 'Sourcelight',
    }),
  ]);
}
