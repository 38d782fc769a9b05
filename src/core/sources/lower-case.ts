/**
 * `word.toLowerCase()`, returning the word itself when no character could change: most words of
 * an article are lower-case ASCII, and in a text holding any non-Latin-1 character (a curly quote
 * is enough) every slice is a two-byte string, for which toLowerCase takes V8's slow path. The
 * tokenizer lower-cases every token, so this check pays for itself many times over. (A memo of
 * converted words was tried: looking up fresh slices cost more than it saved.)
 */
export function lowerCase(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    // "A"-"Z" and everything past ASCII may have a lower-case form; the rest of ASCII has none.
    if (code >= 0x41 && (code <= 0x5a || code >= 0x80)) return word.toLowerCase();
  }
  return word;
}
