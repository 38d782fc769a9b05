import type { Phrase } from './classify-phrase';
import type { Token } from './tokenize';

/** Verbs of finding: studies and bodies "found", people who "found the car" only acted. */
export const FINDING = new Set(
  'found finds show shows showed indicated indicates concluded'.split(' '),
);
const RESEARCHERS = /^(researchers|scientists|authors|economists|analysts|experts|investigators)$/;

export function findsThings(phrase: Phrase): boolean {
  if (phrase.kind === 'document' || phrase.kind === 'organization' || phrase.kind === 'media')
    return true;
  return phrase.kind === 'anonymous' && RESEARCHERS.test(phrase.head ?? '');
}

/**
 * Verb uses that report nothing: "were said to have" (hearsay about, not from, the subject),
 * "agreed to inject", "responded by hitting", "added 20.72 points", "TV shows from Pixar".
 */
export function readsAsReport(verb: string, next: Token | undefined): boolean {
  const after = next?.lower ?? '';
  if (verb === 'said' && after === 'to') return false;
  if (/^(agreed|promised|pledged)$/.test(verb) && after === 'to') return false;
  if (/^respond/.test(verb) && after === 'by') return false;
  // Phrasal reporting verbs: "pointed out that", "chimed in".
  if (/^point/.test(verb) && after !== 'out') return false;
  if (verb === 'chimed' && after !== 'in') return false;
  if (/^add/.test(verb) && /^\d/.test(after)) return false;
  if (
    /^(shows|reports|posts|tweets|notes|claims|estimates)$/.test(verb) &&
    /^(from|of)$/.test(after)
  )
    return false;
  return true;
}
