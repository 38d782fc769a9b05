import { digitAt, letterOrDigitAt, previousCharStart } from './letters-and-digits';

const AT = 0x40;
const HASH = 0x23;
const COMMA = 0x2c;

/** Characters that join two runs of letters or digits into one word: ' ’ - ‐ . & */
function isJoiner(code: number): boolean {
  return (
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2d ||
    code === 0x2010 ||
    code === 0x2e ||
    code === 0x26
  );
}

/**
 * Where the word that starts at `start` ends, or -1 when no word starts there. A word is what
 *
 *   /[@#]?[\p{L}\p{N}]+(?:['’\-‐.&][\p{L}\p{N}]+|(?<=\p{N}),\p{N}{3}(?!\p{N}))* /uy
 *
 * matches: letters and digits joined by apostrophes, hyphens, periods and "&" ("O'Neill",
 * "Post-Gazette", "U.S", "AT&T"), an "@handle" or "#tag", and thousands separators ("9,000 people"
 * is one word, so its comma never reads as a clause boundary). The tokenizer asks this at every
 * character that is not a space; reading ASCII by character code runs about twice as fast as that
 * regex did, and characters past ASCII are read by letters-and-digits.ts.
 */
export function wordEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  const from = first === AT || first === HASH ? start + 1 : start;
  let end = runEnd(text, from);
  if (end === from) return -1;
  for (;;) {
    const code = text.charCodeAt(end);
    if (isJoiner(code)) {
      const next = runEnd(text, end + 1);
      if (next === end + 1) return end;
      end = next;
    } else if (code === COMMA && digitAt(text, previousCharStart(text, end)) > 0) {
      const next = thousandsEnd(text, end);
      if (next < 0) return end;
      end = next;
    } else {
      return end;
    }
  }
}

/** The end of ",000" at `comma`: exactly three digits, and no fourth; -1 for anything else. */
function thousandsEnd(text: string, comma: number): number {
  let end = comma + 1;
  for (let k = 0; k < 3; k++) {
    const step = digitAt(text, end);
    if (step === 0) return -1;
    end += step;
  }
  return digitAt(text, end) > 0 ? -1 : end;
}

/** The end of the run of letters and digits that starts at `at` (`at` itself for none). */
function runEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    const code = text.charCodeAt(end);
    // ASCII letters and digits, without a call: most characters of most words.
    if (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    ) {
      end++;
      continue;
    }
    if (code < 0x80) return end;
    const step = letterOrDigitAt(text, end);
    if (step === 0) return end;
    end += step;
  }
}
