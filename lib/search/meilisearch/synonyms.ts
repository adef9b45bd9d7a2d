import { COUNTRIES } from "@/lib/catalogue/vocabularies";
import { THESAURUS, type ConceptId } from "@/lib/thesaurus";
import { CONCEPTS } from "@/lib/thesaurus/concepts";
import { THESAURUS_LANGUAGES } from "@/lib/thesaurus/languages";
import { OWN_LANGUAGES, REGIONS, countryName, placeForms, type Place } from "@/lib/thesaurus/places";
import { foldPhrase, hasNonLatinLetters, wordsOf } from "@/lib/text/fold";

// Meilisearch's synonym table, generated from the thesaurus and the places, so
// that a word in any of their languages also finds the entries written in
// another ("stiinta" → science, "наука" → science; "mint" and "stem" find
// each other).
//
// Meilisearch takes at most 50 synonym phrases per word (and 100 words across
// them) and ignores the rest, and a concept has 60 to 100 forms across 14
// languages, so the full cross-product cannot work. Instead every form points
// to a short list of targets: the concept's English forms and its label in
// every language (a place: its English name and its names in its own
// languages). Meilisearch lower-cases and strips accents from synonyms but does
// not change scripts or letters such as "ł", so keys and targets come both
// folded to ASCII and, when that differs, as Meilisearch sees them written.

/** Meilisearch's own limits per word (milli: MAX_SYNONYM_PHRASE_COUNT, MAX_SYNONYM_WORD_COUNT). */
export const MAX_SYNONYMS_PER_WORD = 50;
export const MAX_SYNONYM_WORDS_PER_WORD = 100;

type Group = { keys: string[]; targets: string[] };

/**
 * A Latin word as Meilisearch normalises it: case and accents gone, letters
 * without a decomposition kept ("szkoła", "straße"), where foldWord goes on
 * to ASCII ("szkola", "strasse").
 */
function meiliLatin(word: string): string {
  return word.normalize("NFKD").replace(/\p{Mn}/gu, "").toLowerCase().replace(/ı/g, "i");
}

/**
 * A name's spellings as keys and targets: folded to ASCII, as queries in other
 * scripts are sent, and as Meilisearch sees it written when that differs
 * ("наука", "szkoła"), as documents and Latin queries are matched.
 */
function spellings(name: string): string[] {
  const folded = foldPhrase(name);
  const written = wordsOf(name)
    .map((w) => (hasNonLatinLetters(w) ? w.toLowerCase() : meiliLatin(w)))
    .join(" ");
  return written === folded ? [folded] : [folded, written];
}

function conceptGroup(id: ConceptId): Group {
  const keys: string[] = [];
  const english: string[] = [];
  const labels: string[] = [];
  for (const lang of THESAURUS_LANGUAGES) {
    const terms = THESAURUS[lang].concepts[id];
    if (!terms) continue;
    for (const form of [...terms.forms, terms.label]) keys.push(...spellings(form));
    if (lang === "en") english.push(...terms.forms.map(foldPhrase));
    labels.push(...spellings(terms.label));
  }
  return { keys, targets: [...english, ...labels] };
}

function placeGroup(place: Place, ownNames: readonly string[]): Group {
  return { keys: [...placeForms(place), ...ownNames.flatMap(spellings)], targets: ownNames.flatMap(spellings) };
}

function placeGroups(): Group[] {
  const countries = COUNTRIES.map(({ value }) => {
    const names = [countryName(value, "en"), ...OWN_LANGUAGES[value].map((lang) => countryName(value, lang))];
    return placeGroup({ type: "country", country: value }, names);
  });
  const regions = REGIONS.map((r) => placeGroup(r, r.type === "region" ? r.names : []));
  return [...countries, ...regions];
}

const wordCount = (phrase: string) => phrase.split(" ").length;

/** Targets in order, without the key, repeats or blanks, within Meilisearch's limits. */
function capped(targets: Iterable<string>, key: string): string[] {
  const kept: string[] = [];
  let words = 0;
  for (const target of new Set(targets)) {
    if (!target || target === key) continue;
    if (kept.length === MAX_SYNONYMS_PER_WORD || words + wordCount(target) > MAX_SYNONYM_WORDS_PER_WORD) break;
    kept.push(target);
    words += wordCount(target);
  }
  return kept;
}

/**
 * The synonym table: each form of a concept or place → that concept's or
 * place's targets. A form of several (a word that is a theme and a common
 * word) gets all their targets, first group first.
 */
export function buildSynonyms(): Record<string, string[]> {
  const targetsByKey = new Map<string, string[]>();
  for (const group of [...CONCEPTS.map((c) => conceptGroup(c.id)), ...placeGroups()]) {
    for (const key of new Set(group.keys)) {
      if (key) targetsByKey.set(key, [...(targetsByKey.get(key) ?? []), ...group.targets]);
    }
  }
  const entries = [...targetsByKey].flatMap(([key, targets]): [string, string[]][] => {
    const kept = capped(targets, key);
    return kept.length > 0 ? [[key, kept]] : [];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Words that match only as typed, never through a typo: the single-word
 * synonym keys Meilisearch would give one typo (4 to 7 letters, the
 * `oneTypo`–`twoTypos` band of the settings), the thesaurus's acronyms
 * (STEM, MINT, STEAM, TIC, INSPE) among them. With a typo "stem" would also
 * match "step" and "seem", and "mint" "mind" and "mine"; their real variants
 * (plurals, other languages' forms) are reached through the synonyms instead.
 */
export function exactWords(synonyms: Record<string, string[]> = buildSynonyms(), oneTypo = 4, twoTypos = 8): string[] {
  return Object.keys(synonyms).filter((key) => {
    const letters = [...key].length;
    return !key.includes(" ") && letters >= oneTypo && letters < twoTypos;
  });
}
