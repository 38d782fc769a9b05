import { add, type AttributionContext } from './attribution';
import { classifyProperName } from './classify-kind';
import { lowerBound } from './lower-bound';

/**
 * The signature line of an embedded post, as news pages render it in their text:
 * "— Kristi Noem (@govkristinoem) November 18, 2019" or "— PFF (@PFF_Browns) 15 November 2019".
 * The display name before the handle is who wrote the post the article shows, so it is a cited
 * source even when the article's own words never name it. Dates in either order, any month name
 * (the page's language).
 */
const SIGNATURE =
  /(?:^|\s)[—–-][ \t]*([^\n()—–@]{2,80}?)[ \t]*\(@\w{1,30}\)[ \t]+(?:\p{L}{3,}\.? \d{1,2}, \d{4}|\d{1,2}\.? \p{L}{3,}\.? \d{4})/gu;

/** Emoji, flags and other symbols people put after their display name. */
const TRAILING_SYMBOLS = /[^\p{L}\p{N}.)]+$/u;

/** First token at or after char offset `at` (tokens are in text order). */
function tokenAt(ctx: AttributionContext, at: number): number {
  const { tokens } = ctx;
  return lowerBound(tokens.length, (k) => (tokens[k]?.end ?? 0) > at);
}

/** Adds every signed embedded post's author, with the cue "tweet". */
export function tweetSignatures(ctx: AttributionContext): void {
  // Most articles embed no post: skip the scan, which tries every dash.
  if (!ctx.text.includes('(@')) return;
  for (const match of ctx.text.matchAll(SIGNATURE)) {
    const raw = match[1] ?? '';
    const name = raw.replace(TRAILING_SYMBOLS, '');
    if (!name) continue;
    const start = (match.index ?? 0) + match[0].indexOf(raw);
    const a = tokenAt(ctx, start);
    const b = tokenAt(ctx, start + name.length - 1);
    if (!ctx.tokens[a]?.cap || !add(ctx, a, b, 'tweet', a, false)) continue;
    // "— City of Chicago (@chicago)", "— NWS Boston (@NWSBoston)": a body's account is named in
    // full, where phrase reading kept one word of it as a person's name.
    const words = name.split(/\s+/);
    const kind = classifyProperName(words);
    const added = ctx.out[ctx.out.length - 1];
    if (added && (kind === 'organization' || kind === 'media')) {
      Object.assign(added, { kind, core: words.filter((w) => w.toLowerCase() !== 'the') });
    }
  }
}
