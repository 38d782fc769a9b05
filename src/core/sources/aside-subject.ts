import { classifyPhrase, type Phrase } from './classify-phrase';
import { isPlaceName } from './classify-kind';
import type { LanguageTable } from './language-table';
import { isPossessive } from './phrase-heads';
import { readLeft } from './read-phrase';
import type { Token } from './tokenize';

/** How far left of the verb an aside may reach, in tokens. */
const MAX_ASIDE = 60;

/** A phrase that ends right before a comma, with the word that opens the text after the comma. */
interface Segment {
  /** The comma after the phrase. */
  comma: number;
  start: number;
  end: number;
  phrase: Phrase;
  /** The text after the comma describes the phrase: "X, a professor at Y", "X, who ...". */
  appositive: boolean;
}

/** "a professor", "who has", "his predecessor", "NetChoice's director": text about the phrase before. */
function opensDescription(token: Token | undefined, table: LanguageTable): boolean {
  if (!token || token.quote !== -1 || !token.isWord) return false;
  const w = token.lower;
  return (
    table.determiners.has(w) ||
    table.possessives.has(w) ||
    table.relativeWords.has(w) ||
    isPossessive(token.text)
  );
}

/** Commas left of `comma` (itself included) in the same sentence, right to left; quotes skipped. */
function commasLeft(tokens: readonly Token[], comma: number): number[] {
  const sentence = tokens[comma]?.sentence;
  const out: number[] = [comma];
  for (let k = comma - 1; k >= 0 && comma - k < MAX_ASIDE; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) break;
    if (t.text === ',' && t.quote === -1) out.push(k);
  }
  return out;
}

/**
 * The last token before a bracketed aside that ends at `end` ("Charlie McDowell (“The Discovery,”
 * “The One I Love”),", "Ro Khanna (D-Calif.),"), or `end` itself when there is none.
 */
function beforeBrackets(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== ')') return end;
  for (let k = end - 1; k >= 0 && end - k < 30; k--) {
    if (tokens[k]?.text === '(') return k - 1;
    if (tokens[k]?.sentence !== tokens[end]?.sentence) break;
  }
  return end;
}

function segments(ctx: AsideContext, comma: number): Segment[] {
  const { tokens, table, text } = ctx;
  const out: Segment[] = [];
  for (const c of commasLeft(tokens, comma)) {
    const end = beforeBrackets(tokens, c - 1);
    const start = readLeft(tokens, end, table);
    if (start < 0 || tokens[start]?.sentence !== tokens[comma]?.sentence) continue;
    const phrase = classifyPhrase(tokens, start, end, text, table);
    if (!phrase || phrase.role === 'pronoun') continue;
    out.push({
      comma: c,
      start,
      end,
      phrase,
      appositive: opensDescription(tokens[c + 1], table),
    });
  }
  return out;
}

interface AsideContext {
  tokens: readonly Token[];
  text: string;
  table: LanguageTable;
}

/** "Munich, Germany, and …": a known place inside an aside is where someone works, not who spoke. */
function isPlace(phrase: Phrase): boolean {
  return isPlaceName(phrase.core);
}

/**
 * The subject of a verb whose left neighbour is a comma closing an aside:
 * - "The president of the Oregon Business Council, Kent Marlowe, turned": a description, then the
 *   name (the name is the speaker);
 * - "Dylan Nelson, a postdoctoral fellow at X in Munich, Germany, and co-author, said", "Nexa,
 *   which is headquartered in Austin, Texas, said": the leftmost phrase that the text after its
 *   comma describes;
 * - otherwise the nearest named phrase, a place ("Texas") only when nothing else is named.
 * `documents` admits reports and studies ("The poll of 1,015 adults, conducted in March, found").
 */
export function subjectBeforeAside(
  ctx: AsideContext,
  comma: number,
  options: { documents?: boolean; appositiveOnly?: boolean } = {},
): [number, number] | null {
  const documents = options.documents === true;
  const all = segments(ctx, comma);
  const usable = (s: Segment): boolean =>
    (s.phrase.role === 'name' && (documents || s.phrase.kind !== 'document')) ||
    (s.phrase.role === 'descriptor' && s.phrase.kind === 'person') ||
    // "The company, which is expected to lay off thousands, confirmed": a body described before.
    (s.phrase.role === 'descriptor' &&
      (s.phrase.kind === 'organization' || s.phrase.kind === 'media') &&
      s.appositive) ||
    // "The documents, which include emails and invoices, show": a document named before.
    (documents && s.phrase.role === 'descriptor' && s.phrase.kind === 'document' && s.appositive);
  const near = all.find((s) => s.comma === comma);
  // "The company that runs the AMAs, Dick Clark Productions, denies": the name after a description.
  const nearKind = near?.phrase.kind;
  if (
    near &&
    near.phrase.role === 'name' &&
    // "who gave only his first name, Earl, said" (a one-word name after a lower-case word), not
    // "in Greenbelt, Maryland, has confirmed".
    (nearKind === 'person' ||
      nearKind === 'organization' ||
      nearKind === 'media' ||
      (nearKind === null && !ctx.tokens[near.start - 2]?.cap)) &&
    !isPlace(near.phrase) &&
    // "Steenburgen's son, filmmaker Charlie McDowell, also remembers": a role word may open it.
    (ctx.tokens[near.start]?.cap ||
      (nearKind === 'person' && near.phrase.core.length > 1 && ctx.tokens[near.start + 1]?.cap)) &&
    ctx.tokens[near.start - 1]?.text === ','
  ) {
    const descStart = descriptionStart(ctx, near.start - 1);
    if (descStart !== null) return [near.start, near.end];
  }
  let leftmost: Segment | undefined;
  for (const s of all) if (s.appositive && usable(s)) leftmost = s;
  if (options.appositiveOnly) {
    const person =
      leftmost && leftmost.phrase.kind !== 'anonymous' && leftmost.phrase.role === 'name';
    return person && leftmost ? [leftmost.start, leftmost.end] : null;
  }
  if (leftmost && leftmost !== near) return [leftmost.start, leftmost.end];
  // The phrase right before the verb's comma is the aside itself ("and co-author of the study").
  const named = all.filter((s) => s !== near && usable(s));
  const nonPlace = named.find((s) => s.phrase.kind !== 'anonymous' && !isPlace(s.phrase));
  const pick = nonPlace ?? named.find((s) => s.phrase.kind !== 'anonymous') ?? named[0];
  return pick ? [pick.start, pick.end] : null;
}

/**
 * Where the description before "…, NAME," starts, when it is one: it opens with a determiner or an
 * owner ("The group that owns her music", "its president", "NetChoice's litigation director") or
 * ends in a lower-case word ("Steenburgen's son, filmmaker").
 */
function descriptionStart(ctx: AsideContext, comma: number): number | null {
  const { tokens, table } = ctx;
  const last = tokens[comma - 1];
  if (!last || last.quote !== -1) return null;
  if (last.isWord && !last.cap) return comma - 1;
  let k = comma - 1;
  const sentence = tokens[comma]?.sentence;
  while (k - 1 >= 0 && comma - k < MAX_ASIDE) {
    const prev = tokens[k - 1];
    if (!prev || prev.sentence !== sentence || prev.quote !== -1 || prev.text === ',') break;
    k--;
  }
  return opensDescription(tokens[k], table) ? k : null;
}
