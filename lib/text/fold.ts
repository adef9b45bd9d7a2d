import anyAscii from "any-ascii";

// One folding for every comparison of words across languages and scripts:
// lower case, Latin letters without accents. "Știință" → "stiinta",
// "Скопје" → "skopje", "Σχολείο" → "scholeio". Applied to what people type and
// to what is indexed, so either script or spelling finds the other.

/** Words of letters and digits in any script, in order, as typed. */
export function wordsOf(text: string): string[] {
  return text.normalize("NFKC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** A word folded to lower-case ASCII letters and digits ("" when nothing is left, as for an emoji). */
export function foldWord(word: string): string {
  // Symbols first: any-ascii spells an emoji as its name ("grinning").
  const letters = word.replace(/[^\p{L}\p{M}\p{N}]/gu, "");
  return anyAscii(letters.toLowerCase()).toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** A phrase folded word by word, joined by single spaces. */
export function foldPhrase(phrase: string): string {
  return wordsOf(phrase).map(foldWord).filter(Boolean).join(" ");
}

/** Whether text holds letters outside the Latin script (Cyrillic, Greek, …). */
export function hasNonLatinLetters(text: string): boolean {
  return /[^\p{Script=Latin}\P{L}]/u.test(text);
}

/** Text with its non-Latin words spelt in Latin letters; everything else kept ("Скопје 2024" → "Skopje 2024"). */
export function toLatinText(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => (hasNonLatinLetters(word) ? anyAscii(word) : word));
}
