/**
 * A character class (`\p{L}`, `[\p{L}\p{N}]`) over the Basic Multilingual Plane, looked up by code
 * unit. Each block of 256 code units is decided by the class's own regex the first time a character
 * of that block is asked about, then read from a table: a Russian or Chinese article asks about
 * every one of its characters, and a table lookup costs a fraction of a regex call. Surrogates are
 * left to the caller (a pair is one character that the regex must read).
 */
export class CodeUnitClass {
  private readonly blocks: (Uint8Array | undefined)[] = [];

  /** @param pattern matches one character of the class, anchored: /^\p{L}$/u */
  constructor(private readonly pattern: RegExp) {}

  /** Is the BMP character with this code in the class? Not for surrogates (always false). */
  has(code: number): boolean {
    const block = code >> 8;
    let members = this.blocks[block];
    if (!members) {
      members = new Uint8Array(256);
      for (let k = 0; k < 256; k++) {
        members[k] = this.pattern.test(String.fromCharCode((block << 8) | k)) ? 1 : 0;
      }
      this.blocks[block] = members;
    }
    return members[code & 0xff] === 1;
  }
}

/** Is this code unit one half of a surrogate pair (or a lone half)? */
export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}
