import type { CleaningRule } from './cleaning-rule';
import { dropAdLabels } from './drop-ad-labels';
import { dropByClassName } from './drop-by-class-name';
import { dropCookieNotices } from './drop-cookie-notices';
import { dropInteractiveAndChrome } from './drop-interactive-and-chrome';
import { dropRelatedLinks } from './drop-related-links';
import { dropRepeatedBlocks } from './drop-repeated-blocks';
import { markCaptions } from './mark-captions';
import { trimEdges } from './trim-edges';

/**
 * The cleaning rules, in the order they run: element kinds and template names first (cheap and
 * certain), then captions, labels and link lists, then repeats, and the edges last, when the
 * first and last paragraphs of the story are what remains at the ends.
 */
export const cleaningRules: CleaningRule[] = [
  dropInteractiveAndChrome,
  dropByClassName,
  markCaptions,
  dropAdLabels,
  dropCookieNotices,
  dropRelatedLinks,
  dropRepeatedBlocks,
  trimEdges,
];
