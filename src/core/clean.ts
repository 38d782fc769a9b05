import type { CleaningContext } from './clean/cleaning-rule';
import { withMeasurementMemo } from './clean/block-stats';
import { cleaningRules } from './clean/rules';

export type { CleaningContext } from './clean/cleaning-rule';

/**
 * Removes the boilerplate Readability leaves inside an article body: related-link lists,
 * appeals, share bars, credits, repeated captions and quotes, notices, author boxes.
 * Works in place on `body`, which must belong to a private clone (see extract.ts); the page in
 * `context` is only read. Rules remove whole boilerplate blocks, never parts of paragraphs.
 */
export function cleanArticle(body: Element, context: CleaningContext): void {
  withMeasurementMemo(() => {
    for (const rule of cleaningRules) rule(body, context);
  });
}
