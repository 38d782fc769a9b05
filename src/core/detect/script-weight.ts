/**
 * Character counts mean different amounts of text in different scripts: a Japanese or Chinese
 * sentence needs about a third of the characters of its English translation, Korean about half.
 * Every length threshold in the detector is in Latin-script characters and is scaled by this
 * weight (see fixtures article--news-ja-*, article--news-ko-*).
 */

/**
 * How many Latin-script characters one character of this page's text is worth, from the page's
 * declared language or, failing that, a sample of its text.
 */
export function scriptWeight(lang: string, sample: string): number {
  if (/^(ja|zh)/i.test(lang)) return 2.5;
  if (/^ko/i.test(lang)) return 2;
  const text = sample.slice(0, 600);
  if (!text) return 1;
  const han = text.match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const hangul = text.match(/[\uac00-\ud7af]/g)?.length ?? 0;
  if (han > text.length * 0.3) return 2.5;
  if (hangul > text.length * 0.3) return 2;
  return 1;
}
