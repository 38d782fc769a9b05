import { leafBlocks, removeBlock, textOf, wordsOf } from './block-stats';
import { mentionsCookies } from './boilerplate-words';

/** Consent vocabulary that turns "cookie" from a recipe word into a notice. */
const CONSENT =
  /accept|agree|consent|privacy|opt-?out|policy|settings|aceit|accett|acept|setuju|동의|zustimm|akzept/i;

/**
 * Cookie and consent notices left inside the body. Fixture: notices--cookie-banner.
 */
export function dropCookieNotices(body: Element): void {
  for (const block of leafBlocks(body)) {
    const text = textOf(block);
    if (wordsOf(block) < 60 && mentionsCookies(text) && CONSENT.test(text))
      removeBlock(block, body);
  }
}
