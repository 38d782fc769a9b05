import { leafBlocks, removeBlock, textOf } from './block-stats';
import { isAdLabel } from './boilerplate-words';

/**
 * Lines that only label an ad slot or a break ("Advertisement", "Continue reading below",
 * "Publicidade"). Fixture: ads--labels.
 */
export function dropAdLabels(body: Element): void {
  for (const block of leafBlocks(body)) {
    if (isAdLabel(textOf(block))) removeBlock(block, body);
  }
}
