const ASCII = /^[\t\n\r\x20-\x7e]*$/;

/** Lower-cases and strips diacritics so that "Prüm", "PRUM" and "prum" compare equal. */
export function foldText(text: string): string {
  // Most text is plain ASCII, which only needs lower-casing; normalising is the costly part.
  if (ASCII.test(text)) return text.toLowerCase();
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      // Lower-cased first, so that "Ł", "Æ" or "ẞ" fold like their small letters.
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/đ/g, 'd')
      .replace(/ł/g, 'l')
  );
}

/** Splits text into folded words (letters and digits of any script). */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  // The Unicode-aware pattern is several times slower; ASCII text has only ASCII letters and digits.
  return (ASCII.test(folded) ? folded.match(/[a-z0-9]+/g) : folded.match(/[\p{L}\p{N}]+/gu)) ?? [];
}
