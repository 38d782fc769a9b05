/** Background entry: wires listeners to handlers; logic lives in the handler files. */
import { handleMessages } from '../platform/messaging';
import { forgetTab } from '../platform/tab-state-store';
import { forgetCachedArticle } from '../platform/article-cache';
import { onTabClosed, onTabNavigated } from '../platform/tabs';
import { showArticleIndicator } from '../platform/action-indicator';
import { onPageDetected } from './on-page-detected';
import { onArticleGet } from './on-article-get';
import { onLibrarySave } from './on-library-save';
import { onLibraryStatus } from './on-library-status';
import { registerLibraryContextMenu } from './library-context-menu';
import { onReaderToggle } from './on-reader-toggle';
import { listenForReaderToggles } from './reader-entry-points';
import { withReaderAutoOpen } from './reader-auto-open';

handleMessages({
  'page/detected': withReaderAutoOpen(onPageDetected),
  'article/get': onArticleGet,
  'library/save': onLibrarySave,
  'library/status': onLibraryStatus,
  'reader/toggle': onReaderToggle,
});

registerLibraryContextMenu();
listenForReaderToggles();

onTabClosed((tabId) => {
  void forgetTab(tabId);
  void forgetCachedArticle(tabId);
});

// A new page load dims the button until that page's own detection report arrives.
onTabNavigated((tabId) => void showArticleIndicator(tabId, false));
