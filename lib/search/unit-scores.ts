// What one query unit (a word, a phrase, a named facet value) finds, scored
// once per catalogue generation, and how the units of a query combine into
// the query's matches and relevance. Pure: the PostgreSQL engine fills the
// scores (postgres/unit-scores.ts); tests build them by hand.
//
// The combination reproduces what one SQL statement over the whole query
// computed (sql/text-match.ts: relevanceTier and textRank), so keeping a
// broad word's scores between requests changes the speed, not the order.

export const TITLE_FLAG = 1;
export const FACET_FLAG = 2;
export const MATCH_FLAG = 4;

export type UnitScores = {
  /**
   * doc_nos, ascending, of the documents matching the unit (its words, or a
   * facet value it names: MATCH_FLAG) and of those only some of its ranking
   * words are in (a word of a phrase: they add to a many-unit rank).
   */
  docs: Int32Array;
  /** Per document: MATCH_FLAG; TITLE_FLAG when the title holds its ranking words; FACET_FLAG when it has a facet value the unit names. */
  flags: Uint8Array;
  /** Per match: ts_rank of the title and summary for the unit's ranking words. */
  rank: Float32Array;
  /** Per match: the same words' share of a many-unit rank (ts_rank of them OR-ed, times their count). */
  share: Float32Array;
  /** How many distinct words the unit's ranking query holds. */
  items: number;
};

export type ScoringUnit = { scores: UnitScores; optional: boolean; hasFacets: boolean };

/** Matching doc_nos with their relevance: tier first, then rank (as ScoredDocs in the engine). */
// Typed arrays: tens of thousands of numbers per broad word, which as plain
// arrays were a boxed number each to allocate and collect.
export type Scored = { docs: Int32Array; tiers: Int32Array; ranks: Float64Array };

// What a search of the unit alone derives from its scores and keeps with them
// (postgres/search.ts), per match: its doc_no, tier, rank and place in its order.
const DERIVED_BYTES_PER_MATCH = 4 + 4 + 8 + 4;

/** Bytes a unit's scores hold, with what a search of it alone keeps beside them, for a cache bounded by memory. */
export function unitScoresBytes(scores: UnitScores): number {
  const own = scores.docs.byteLength + scores.flags.byteLength + scores.rank.byteLength + scores.share.byteLength;
  return own + scores.docs.length * DERIVED_BYTES_PER_MATCH + 64;
}

/**
 * A unit's scores with the documents in `changed` (ascending doc_nos) taken
 * from `fresh`, a rescan of those documents alone, and every other document's
 * kept as they were: what a full scan would read once those documents changed.
 */
export function replaceDocuments(kept: UnitScores, changed: Int32Array, fresh: UnitScores): UnitScores {
  // The first place in `changed`, from `from` on, not below `doc`.
  const changedCursor = (doc: number, from: number): number => {
    let at = from;
    while (at < changed.length && changed[at]! < doc) at++;
    return at;
  };
  let keptCount = 0;
  for (let i = 0, c = 0; i < kept.docs.length; i++) {
    c = changedCursor(kept.docs[i]!, c);
    if (changed[c] !== kept.docs[i]) keptCount++;
  }
  const count = keptCount + fresh.docs.length;
  const out: UnitScores = { docs: new Int32Array(count), flags: new Uint8Array(count), rank: new Float32Array(count), share: new Float32Array(count), items: fresh.items };
  const copy = (from: UnitScores, i: number, to: number) => {
    out.docs[to] = from.docs[i]!;
    out.flags[to] = from.flags[i]!;
    out.rank[to] = from.rank[i]!;
    out.share[to] = from.share[i]!;
  };
  let i = 0;
  let f = 0;
  let c = 0;
  for (let to = 0; to < count; ) {
    if (i < kept.docs.length) {
      c = changedCursor(kept.docs[i]!, c);
      if (changed[c] === kept.docs[i]) {
        i++;
        continue;
      }
    }
    if (f < fresh.docs.length && (i >= kept.docs.length || fresh.docs[f]! < kept.docs[i]!)) copy(fresh, f++, to++);
    else copy(kept, i++, to++);
  }
  return out;
}

/**
 * The documents a query finds and their relevance. Strictly, every required
 * unit must match (units that only name facet values rank but do not filter),
 * or any unit when all are optional; loosely (when nothing matches strictly),
 * any unit. The tier orders, in turn: loosely, how many units match and which
 * (earlier ones first); how many facet values the words name the document
 * has; how many units its title matches. The rank is ts_rank of the unit's
 * ranking words when it is alone; of several units, the mean of their
 * distinct words' ranks (sql/text-match.ts: textRank, which exports use).
 */
export function combineUnits(units: readonly ScoringUnit[], loose: boolean): Scored {
  const n = units.length;
  if (n === 0) return { docs: new Int32Array(0), tiers: new Int32Array(0), ranks: new Float64Array(0) };
  const required = units.filter((u) => !u.optional);
  const strict = !loose && required.length > 0;
  const totalItems = units.reduce((sum, u) => sum + u.scores.items, 0) || 1;
  const countTiers = loose && n > 1;
  const docsOf = units.map((u) => u.scores.docs);
  const flagsOf = units.map((u) => u.scores.flags);
  const ranksOf = units.map((u) => (n === 1 ? u.scores.rank : u.scores.share));
  const facetsCount = units.map((u) => u.hasFacets);
  const matchedWeight = units.map((_, i) => (countTiers ? 256 + 2 ** (n - 1 - i) : 0));
  const cursor = new Int32Array(n);

  const candidates = strict ? intersect(required.map((u) => matches(u.scores))) : union(units.map((u) => matches(u.scores)));
  const tiers = new Int32Array(candidates.length);
  const ranks = new Float64Array(candidates.length);
  for (let c = 0; c < candidates.length; c++) {
    const doc = candidates[c]!;
    let matched = 0;
    let facets = 0;
    let titles = 0;
    let rank = 0;
    for (let i = 0; i < n; i++) {
      const docs = docsOf[i]!;
      let at = cursor[i]!;
      while (at < docs.length && docs[at]! < doc) at++;
      cursor[i] = at;
      if (docs[at] !== doc) continue;
      const flags = flagsOf[i]![at]!;
      if (flags & MATCH_FLAG) matched += matchedWeight[i]!;
      if (facetsCount[i] && flags & FACET_FLAG) facets++;
      if (flags & TITLE_FLAG) titles++;
      rank += ranksOf[i]![at]!;
    }
    tiers[c] = (matched * 16 + facets) * 16 + titles;
    ranks[c] = n === 1 ? rank : Math.fround(rank / totalItems);
  }
  return { docs: candidates, tiers, ranks };
}

/** The doc_nos the unit matches (not those only some of its words are in). */
function matches(scores: UnitScores): Int32Array {
  let count = 0;
  for (let at = 0; at < scores.docs.length; at++) if (scores.flags[at]! & MATCH_FLAG) count++;
  if (count === scores.docs.length) return scores.docs;
  const out = new Int32Array(count);
  for (let at = 0, k = 0; at < scores.docs.length; at++) if (scores.flags[at]! & MATCH_FLAG) out[k++] = scores.docs[at]!;
  return out;
}

/** Ascending values present in every ascending list (one list is given back as it is). */
export function intersect(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  if (lists.length === 1) return lists[0]!;
  const ordered = [...lists].sort((a, b) => a.length - b.length);
  const [shortest, ...others] = ordered;
  const cursors = new Int32Array(others.length);
  const out = new Int32Array(shortest!.length);
  let found = 0;
  outer: for (const doc of shortest!) {
    for (let i = 0; i < others.length; i++) {
      const list = others[i]!;
      let at = cursors[i]!;
      while (at < list.length && list[at]! < doc) at++;
      cursors[i] = at;
      if (at === list.length) break outer;
      if (list[at] !== doc) continue outer;
    }
    out[found++] = doc;
  }
  return out.slice(0, found);
}

/** Ascending values present in either of two lists of distinct ascending values, each once. */
function merge(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) i++;
    if (y <= x) j++;
    out[k++] = x < y ? x : y;
  }
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out.slice(0, k);
}

/**
 * Ascending values present in any of the lists of distinct ascending values,
 * each once (one list is given back as it is). Merged in step: sorting the
 * concatenation took a broad word and another 16 ms at 50 000 documents.
 */
export function union(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  return lists.reduce((all, list) => merge(all, list));
}

/**
 * The distinct words of a tsquery text OR-ed, and their count: a unit's
 * share of a many-unit rank is the rank of these, times the count. A word is
 * counted once in whichever forms the query holds it (as ts_rank does:
 * 'primary':* and 'primary' are one word to it); the prefix form is kept.
 */
export function orOfWords(tsquery: string): { query: string; items: number } {
  const words = new Map<string, string>();
  for (const [operand, lexeme, star] of tsquery.matchAll(/'((?:[^']|'')*)'(:\*)?/g)) {
    if (lexeme !== undefined && (star || !words.has(lexeme))) words.set(lexeme, operand);
  }
  return { query: [...words.values()].join(" | "), items: words.size };
}

/**
 * The OR-ed operands of `words` that are not, each on its own, one of
 * `query`'s OR-ed operands ("" when every one is): a document holding one of
 * the others matches the query. Only a query's top level is read; one with
 * parentheses gives every word back, which costs speed, never correctness.
 */
export function wordsOutsideQuery(words: string, query: string): string {
  if (words === "") return "";
  if (query.replace(/'(?:[^']|'')*'/g, "").includes("(")) return words;
  const operands = new Set(query.split(" | "));
  return words
    .split(" | ")
    .filter((word) => !operands.has(word))
    .join(" | ");
}
