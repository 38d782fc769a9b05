/**
 * Is this UTF-16 code unit white space in the sense of RegExp `\s`? The source finder's tokenizer
 * and quote finder, and the cleaning rules' label check, test character after character; a code
 * comparison costs far less than running `/\s/` on a one-character string each time.
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
