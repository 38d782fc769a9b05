/** Background entry: wires listeners to handlers; logic lives in the handler files. */
import { handleMessages } from '../platform/messaging';
import { forgetTab } from '../platform/tab-state-store';
import { onTabClosed, onTabNavigated } from '../platform/tabs';
import { showArticleIndicator } from '../platform/action-indicator';
import { onPageDetected } from './on-page-detected';
import { onTabState } from './on-tab-state';

handleMessages({
  'page/detected': onPageDetected,
  'tab/state': onTabState,
});

onTabClosed((tabId) => void forgetTab(tabId));

// A new page load dims the button until that page's own detection report arrives.
onTabNavigated((tabId) => void showArticleIndicator(tabId, false));
