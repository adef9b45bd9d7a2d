import { describe, expect, it } from "vitest";
import { combineUnits, FACET_FLAG, intersect, MATCH_FLAG, orOfWords, replaceDocuments, TITLE_FLAG, union, unitScoresBytes, wordsOutsideQuery, type ScoringUnit } from "../../lib/search/unit-scores";

const unit = (rows: [doc: number, flags: number, rank: number, share: number][], items = 1, optional = false, hasFacets = false): ScoringUnit => ({
  scores: {
    docs: Int32Array.from(rows.map((r) => r[0])),
    flags: Uint8Array.from(rows.map((r) => r[1])),
    rank: Float32Array.from(rows.map((r) => r[2])),
    share: Float32Array.from(rows.map((r) => r[3])),
    items,
  },
  optional,
  hasFacets,
});

const list = (values: ArrayLike<number>) => Array.from(values);

/** Distinct ascending doc_nos below `size`, each present with the chance given (a seeded PRNG). */
function randomList(size: number, chance: number, seed: number): Int32Array {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Int32Array.from(Array.from({ length: size }, (_, doc) => doc).filter(() => next() < chance));
}

describe("combining query units", () => {
  it("intersects and unites ascending lists", () => {
    expect(list(intersect([Int32Array.from([1, 3, 5, 9]), Int32Array.from([3, 4, 9]), Int32Array.from([0, 3, 9, 12])]))).toEqual([3, 9]);
    expect(list(intersect([Int32Array.from([1, 2]), Int32Array.from([])]))).toEqual([]);
    expect(list(union([Int32Array.from([1, 5]), Int32Array.from([2, 5, 7])]))).toEqual([1, 2, 5, 7]);
    expect(list(union([Int32Array.from([]), Int32Array.from([4])]))).toEqual([4]);
    expect(list(union([]))).toEqual([]);
  });

  it("intersects and unites as the plain definitions do, for lists of every density", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const lists = [0.9, 0.5, 0.05, 0.7].slice(0, 1 + (seed % 4)).map((chance, i) => randomList(500, chance, seed * 10 + i));
      const sets = lists.map((l) => new Set(l));
      const everywhere = Array.from({ length: 500 }, (_, doc) => doc).filter((doc) => sets.every((set) => set.has(doc)));
      const anywhere = Array.from({ length: 500 }, (_, doc) => doc).filter((doc) => sets.some((set) => set.has(doc)));
      expect(list(intersect(lists))).toEqual(everywhere);
      expect(list(union(lists))).toEqual(anywhere);
    }
  });

  it("one unit keeps its own rank and counts a title match in the tier", () => {
    const scored = combineUnits([unit([[2, MATCH_FLAG | TITLE_FLAG, 0.5, 9], [4, MATCH_FLAG, 0.25, 9]])], false);
    expect({ docs: list(scored.docs), tiers: list(scored.tiers), ranks: list(scored.ranks) }).toEqual({ docs: [2, 4], tiers: [1, 0], ranks: [0.5, 0.25] });
  });

  it("strictly, every required unit must match; documents only some ranking words are in add to the rank but are not matches", () => {
    const robot = unit([[1, MATCH_FLAG, 0, 0.2], [2, MATCH_FLAG | TITLE_FLAG, 0, 0.4], [3, MATCH_FLAG, 0, 0.1]], 2);
    const school = unit([[1, 0, 0, 0.3], [2, MATCH_FLAG, 0, 0.1], [3, MATCH_FLAG | TITLE_FLAG, 0, 0.2]], 2);
    const scored = combineUnits([robot, school], false);
    expect(list(scored.docs)).toEqual([2, 3]);
    expect(list(scored.tiers)).toEqual([1, 1]);
    expect(scored.ranks[0]).toBeCloseTo(0.5 / 4, 6);
    expect(scored.ranks[1]).toBeCloseTo(0.3 / 4, 6);
  });

  it("loosely, any unit matches, and the tier counts which units match, earlier ones first", () => {
    const a = unit([[1, MATCH_FLAG, 0, 0], [2, MATCH_FLAG, 0, 0]]);
    const b = unit([[2, MATCH_FLAG, 0, 0], [3, MATCH_FLAG, 0, 0]]);
    const scored = combineUnits([a, b], true);
    expect(list(scored.docs)).toEqual([1, 2, 3]);
    // (count * 256 + bits) * 256: both (2*256+3), the first (256+2), the second (256+1).
    expect(list(scored.tiers)).toEqual([(256 + 2) * 256, (512 + 3) * 256, (256 + 1) * 256]);
  });

  it("units that only name a facet value rank without filtering, and count the value in the tier", () => {
    const words = unit([[1, MATCH_FLAG, 0, 0.1], [2, MATCH_FLAG, 0, 0.1]]);
    const primary = unit([[2, MATCH_FLAG | FACET_FLAG, 0, 0], [5, MATCH_FLAG | FACET_FLAG, 0, 0]], 1, true, true);
    const scored = combineUnits([words, primary], false);
    expect(list(scored.docs)).toEqual([1, 2]);
    expect(list(scored.tiers)).toEqual([0, 16]);
    expect(list(combineUnits([primary], false).docs)).toEqual([2, 5]);
  });
});

describe("a unit's distinct ranking words", () => {
  it("counts a word once, keeping its prefix form", () => {
    expect(orOfWords("'primary':* | 'primary' & 'school' | 'primari'")).toEqual({ query: "'primary':* | 'school' | 'primari'", items: 3 });
    expect(orOfWords("'o''brien' | 'lab':*")).toEqual({ query: "'o''brien' | 'lab':*", items: 2 });
  });
});

describe("a unit's words outside its match", () => {
  it("is empty when each word is an operand of the query on its own", () => {
    expect(wordsOutsideQuery("'project':* | 'projects'", "'project':* | 'projects' | 'projekt' | 'proiect'")).toBe("");
    expect(wordsOutsideQuery("'o''brien'", "'o''brien' | 'obrien'")).toBe("");
    // A phrase beside the word does not hide it: "stem" is still an operand.
    expect(wordsOutsideQuery("'stem':* | 'mint'", "'stem':* | 'mint' | 'mint' & 'bildung'")).toBe("");
    expect(wordsOutsideQuery("'c'", "'c' | !'d'")).toBe("");
    expect(wordsOutsideQuery("", "'lab'")).toBe("");
  });

  it("lists a word missing, a prefix form differing, and the words of a phrase", () => {
    expect(wordsOutsideQuery("'lab':* | 'labs'", "'lab':* | 'laboratory'")).toBe("'labs'");
    expect(wordsOutsideQuery("'lab':*", "'lab'")).toBe("'lab':*");
    expect(wordsOutsideQuery("'science':* | 'natural' | 'sciences'", "'science':* | 'natural' & 'sciences' | 'sciences'")).toBe("'natural'");
    expect(wordsOutsideQuery("'primary' | 'school':*", "'primary' & 'school':*")).toBe("'primary' | 'school':*");
    expect(wordsOutsideQuery("'c'", "'c' <-> 'd'")).toBe("'c'");
  });

  it("gives every word back for a query with parentheses", () => {
    expect(wordsOutsideQuery("'c' | 'a'", "'a' & ( 'b' | 'c' | 'd' ) | 'c'")).toBe("'c' | 'a'");
  });
});

describe("the memory a unit's scores are counted for", () => {
  it("includes what a one-word search keeps beside them, not only the scores", () => {
    const scores = unit(Array.from({ length: 1000 }, (_, i) => [i, MATCH_FLAG, 0.1, 0.1] as [number, number, number, number])).scores;
    // 13 bytes of scores and 20 of the one-word search's arrays per match.
    expect(unitScoresBytes(scores)).toBeGreaterThanOrEqual(1000 * (13 + 20));
  });
});

describe("bringing a unit's scores to a newer generation", () => {
  const rows = (scores: ScoringUnit["scores"]) => Array.from(scores.docs, (doc, i) => [doc, scores.flags[i], scores.rank[i], scores.share[i]]);

  it("drops the changed documents that no longer match, adds new ones, rescores the rest, and keeps every other", () => {
    const kept = unit([[1, MATCH_FLAG, 0.5, 0.5], [3, MATCH_FLAG, 0.25, 0.25], [5, MATCH_FLAG | TITLE_FLAG, 0.75, 0.75], [9, MATCH_FLAG, 0.125, 0.125]]).scores;
    // 3 was edited away from the word, 5 rescored, 7 and 11 are new, 2 changed without matching before or after.
    const fresh = unit([[5, MATCH_FLAG, 0.25, 0.25], [7, MATCH_FLAG | TITLE_FLAG, 0.5, 0.5], [11, 0, 0, 0.125]]).scores;
    const merged = replaceDocuments(kept, Int32Array.from([2, 3, 5, 7, 11]), fresh);
    expect(rows(merged)).toEqual([
      [1, MATCH_FLAG, 0.5, 0.5],
      [5, MATCH_FLAG, 0.25, 0.25],
      [7, MATCH_FLAG | TITLE_FLAG, 0.5, 0.5],
      [9, MATCH_FLAG, 0.125, 0.125],
      [11, 0, 0, 0.125],
    ]);
  });

  it("handles nothing kept, nothing found and nothing changed", () => {
    const some = unit([[4, MATCH_FLAG, 0.5, 0.5]]).scores;
    const none = unit([]).scores;
    expect(rows(replaceDocuments(none, Int32Array.from([4]), some))).toEqual([[4, MATCH_FLAG, 0.5, 0.5]]);
    expect(rows(replaceDocuments(some, Int32Array.from([4]), none))).toEqual([]);
    expect(rows(replaceDocuments(some, Int32Array.from([]), none))).toEqual([[4, MATCH_FLAG, 0.5, 0.5]]);
  });
});
