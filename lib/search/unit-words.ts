import { FACET_FLAG, MATCH_FLAG, orOfWords, TITLE_FLAG, type UnitScores } from "./unit-scores";

// A unit's scores put together from the scores of its words, each read and
// kept on its own (postgres/unit-scores.ts). A unit is a word with its
// spellings, stems, translations and corrections OR-ed; those words recur
// across units ("sciences", "наука", "scienze" and a misspelt "sciense" all
// hold "science"'s English forms), so a unit first asked for once the common
// words are known costs a merge in memory instead of a scan.
//
// This is what one read of the whole unit gives (postgres/unit-scores.ts:
// readWholeUnit), because of how PostgreSQL ranks an OR (calc_rank_or): the
// rank is the sum of the scores of the query's distinct words, wherever they
// stand in it, divided by their number. So each word is read alone, once: the
// documents holding it, whether their title holds it, and its rank alone.
// A document matches when it holds one of the unit's words or all the words
// of one of its phrases; its title matches likewise for the ranking words;
// its rank is their mean. The sums are taken in another order than
// PostgreSQL's, so a rank may differ from a whole read's in its last bit
// (float4), as many-unit ranks already do.

/** A unit's operands as its distinct words: each operand the places of its words (one, or a phrase's). */
export type UnitWords = {
  /** Every distinct word (one lexeme, whole or as a prefix, as tsquery text). */
  words: string[];
  /** The unit's operands: it matches when all the words of one are there. */
  matching: number[][];
  /** Its ranking operands: the title matches when it holds all the words of one. */
  titles: number[][];
  /** The ranking words, counted once each as ts_rank counts them: their rank is the mean of theirs. */
  ranking: number[];
};

// One lexeme, whole or as a prefix.
const WORD = /^'(?:[^']|'')*'(?::\*)?$/;

/** A unit's match and ranking tsquery texts as words, or null when they hold more than ORs of words and ANDs of words. */
export function unitWords(anywhere: string, ranking: string): UnitWords | null {
  if (anywhere === "" || ranking === "") return null;
  const words: string[] = [];
  const places = new Map<string, number>();
  const placeOf = (word: string) => {
    const known = places.get(word);
    if (known !== undefined) return known;
    places.set(word, words.length);
    return words.push(word) - 1;
  };
  const operands = (query: string): number[][] | null => {
    const parsed = query.split(" | ").map((operand) => operand.split(" & "));
    return parsed.every((operand) => operand.every((word) => WORD.test(word))) ? parsed.map((operand) => operand.map(placeOf)) : null;
  };
  const matching = operands(anywhere);
  const titles = operands(ranking);
  if (!matching || !titles) return null;
  const rankingWords = orOfWords(ranking).query.split(" | ");
  return { words, matching, titles, ranking: rankingWords.map(placeOf) };
}

/** Documents holding all the listed words (or their title, with `inTitle`), marked in `into`. */
function markAll(into: Uint8Array, mark: number, lists: readonly UnitScores[], inTitle: boolean): void {
  const [only] = lists;
  if (lists.length === 1 && only) {
    for (let at = 0; at < only.docs.length; at++) if (!inTitle || only.flags[at]! & TITLE_FLAG) into[only.docs[at]!] = into[only.docs[at]!]! | mark;
    return;
  }
  const counts = new Uint8Array(into.length);
  for (const list of lists) {
    for (let at = 0; at < list.docs.length; at++) if (!inTitle || list.flags[at]! & TITLE_FLAG) counts[list.docs[at]!]!++;
  }
  for (let doc = 0; doc < counts.length; doc++) if (counts[doc] === lists.length) into[doc] = into[doc]! | mark;
}

/**
 * The unit's scores from its words' scores (`scores[i]` for `unit.words[i]`,
 * each word's rank its ts_rank alone) and, when it names facet values, the
 * documents that have one (flags MATCH_FLAG | FACET_FLAG).
 */
export function composeUnitScores(unit: UnitWords, scores: readonly UnitScores[], facet: UnitScores | null): UnitScores {
  let last = -1;
  for (const list of facet ? [...scores, facet] : scores) if (list.docs.length > 0) last = Math.max(last, list.docs[list.docs.length - 1]!);
  // By doc_no in arrays as long as the catalogue: a dozen lists of up to
  // tens of thousands each, one pass apiece.
  const flags = new Uint8Array(last + 1);
  const sums = new Float32Array(last + 1);
  for (const operand of unit.matching) markAll(flags, MATCH_FLAG, operand.map((i) => scores[i]!), false);
  for (const operand of unit.titles) markAll(flags, TITLE_FLAG, operand.map((i) => scores[i]!), true);
  if (facet) markAll(flags, MATCH_FLAG | FACET_FLAG, [facet], false);
  for (const i of unit.ranking) {
    const { docs, rank } = scores[i]!;
    for (let at = 0; at < docs.length; at++) sums[docs[at]!] = sums[docs[at]!]! + rank[at]!;
  }
  // The matches, and the documents holding only some of a phrase's ranking
  // words (they add to a many-unit rank).
  let count = 0;
  for (let doc = 0; doc <= last; doc++) if (flags[doc] !== 0 || sums[doc] !== 0) count++;
  const items = unit.ranking.length;
  const out: UnitScores = { docs: new Int32Array(count), flags: new Uint8Array(count), rank: new Float32Array(count), share: new Float32Array(count), items };
  for (let doc = 0, k = 0; doc <= last; doc++) {
    if (flags[doc] === 0 && sums[doc] === 0) continue;
    out.docs[k] = doc;
    out.flags[k] = flags[doc]!;
    out.share[k] = sums[doc]!;
    out.rank[k] = sums[doc]! / items;
    k++;
  }
  return out;
}
