// Letters and digits (`\p{L}`, `\p{N}`) read by character code, as the tokenizer and the name
// search need them at nearly every character: ASCII answers at once, the rest of the BMP reads a
// table (code-unit-class.ts), and only surrogates run a one-character sticky regex (which reads a
// surrogate pair as the one character it is).

import { CodeUnitClass, isSurrogate } from './code-unit-class';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const DIGIT = /\p{N}/uy;
const LETTERS_OR_DIGITS = new CodeUnitClass(/^[\p{L}\p{N}]$/u);
const DIGITS = new CodeUnitClass(/^\p{N}$/u);

function asciiLetterOrDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

/** Length (1, or 2 for a surrogate pair) of the letter or digit at `at`; 0 for anything else. */
export function letterOrDigitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return asciiLetterOrDigit(code) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  if (!isSurrogate(code)) return LETTERS_OR_DIGITS.has(code) ? 1 : 0;
  LETTER_OR_DIGIT.lastIndex = at;
  return LETTER_OR_DIGIT.test(text) ? LETTER_OR_DIGIT.lastIndex - at : 0;
}

/** Length of the digit (of any script) at `at`; 0 for anything else. */
export function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x30 && code <= 0x39 ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  if (!isSurrogate(code)) return DIGITS.has(code) ? 1 : 0;
  DIGIT.lastIndex = at;
  return DIGIT.test(text) ? DIGIT.lastIndex - at : 0;
}

/** Where the character that ends right before `at` starts: `at - 2` for a surrogate pair. */
export function previousCharStart(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return pair ? at - 2 : at - 1;
}
