// Query text handling shared by every engine: normalising, the length limits
// and stop words. Reading the words is understanding/analyse.ts; synonyms come
// from the thesaurus (lib/thesaurus/).

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 8;

// Words too common to narrow a search, in the thesaurus's languages, folded to
// ASCII as query words are (lib/text/fold.ts). Only function words that are not
// also content words elsewhere ("art", "post", "mint" stay searchable).
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    "a an and are as at be by for from in into is it of on or the to with",
    // German, Dutch
    "der die das den dem des und im fur mit zu von van het een en voor met op",
    // French, Spanish, Italian
    "la le les des et du au aux pour dans el los las y del con por il di e per della delle nel",
    // Romanian, Albanian
    "si in pentru cu din la pe ale lui ne dhe per ne te me",
    // Macedonian, Bulgarian (folded from Cyrillic)
    "i na za vo so od se ot po s v k",
    // Turkish, Polish, Swedish, Greek (folded)
    "ve ile icin bir oraz dla w z na och for med pa att kai gia sto stin tou tis",
  ]
    .join(" ")
    .split(" "),
);

/** Removes control characters, normalises Unicode and whitespace. */
export function normaliseQueryText(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
