import type { CleaningRule } from './cleaning-rule';
import { dropAdLabels } from './drop-ad-labels';
import { dropByClassName } from './drop-by-class-name';
import { dropCookieNotices } from './drop-cookie-notices';
import { dropDateLines } from './drop-date-lines';
import { dropInteractiveAndChrome } from './drop-interactive-and-chrome';
import { dropRelatedLinks } from './drop-related-links';
import { dropRepeatedBlocks } from './drop-repeated-blocks';
import { markCaptions } from './mark-captions';
import { trimEdges } from './trim-edges';

/**
 * The cleaning rules, in the order they run: element kinds and template names first (cheap and
 * certain), then captions, labels and link lists, then repeats, then the edges, when the first
 * and last paragraphs of the story are what remains at the ends. Date lines go after the edges:
 * one taken out earlier would leave the story's last line (a tweet's signature) at the edge.
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
  dropDateLines,
];
