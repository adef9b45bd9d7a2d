import { describe, expect, it } from "vitest";
import { FACET_FLAG, MATCH_FLAG, TITLE_FLAG, type UnitScores } from "../../lib/search/unit-scores";
import { composeUnitScores, unitWords } from "../../lib/search/unit-words";

/** One word's scores as a read gives them: [doc, in its title, rank alone]. */
const word = (rows: [doc: number, title: boolean, rank: number][]): UnitScores => ({
  docs: Int32Array.from(rows.map((r) => r[0])),
  flags: Uint8Array.from(rows.map((r) => MATCH_FLAG | (r[1] ? TITLE_FLAG : 0))),
  rank: Float32Array.from(rows.map((r) => r[2])),
  share: Float32Array.from(rows.map((r) => r[2])),
  items: 1,
});

const plain = (s: UnitScores) => ({ docs: [...s.docs], flags: [...s.flags], rank: [...s.rank], share: [...s.share], items: s.items });

describe("a unit's words", () => {
  it("are its distinct lexemes, with each operand and ranking word as their places", () => {
    const words = unitWords("'stem':* | 'steam' | 'mint' & 'bildung' | 'stem'", "'stem':* | 'steam' | 'stem'");
    expect(words).toEqual({
      words: ["'stem':*", "'steam'", "'mint'", "'bildung'", "'stem'"],
      matching: [[0], [1], [2, 3], [4]],
      titles: [[0], [1], [4]],
      // ts_rank counts a word once: the prefix form stands for both.
      ranking: [0, 1],
    });
  });

  it("keep quotes inside a lexeme", () => {
    expect(unitWords("'o''neill':* | 'oneill'", "'o''neill':*")?.words).toEqual(["'o''neill':*", "'oneill'"]);
  });

  it("are none for a query with more than ORs and ANDs of words", () => {
    expect(unitWords("'rhine-westphalia' <-> 'rhine' <-> 'westphalia' | 'nrw'", "'nrw'")).toBeNull();
    expect(unitWords("!'stem' | 'steam'", "'steam'")).toBeNull();
    expect(unitWords("('a' | 'b') & 'c'", "'c'")).toBeNull();
    expect(unitWords("", "")).toBeNull();
  });
});

describe("a unit put together from its words", () => {
  it("matches a document holding any word or all the words of a phrase, and ranks by the mean of the ranking words", () => {
    const unit = unitWords("'stem':* | 'natural' & 'sciences' | 'mint'", "'stem':* | 'natural' & 'sciences'")!;
    const scores = [
      word([[1, true, 0.5], [4, false, 0.25]]), // stem:*
      word([[2, true, 0.125], [3, false, 0.375], [5, true, 0.0625]]), // natural
      word([[2, true, 0.25], [4, false, 0.5]]), // sciences
      word([[6, false, 0]]), // mint: matches, does not rank
    ];
    const composed = composeUnitScores(unit, scores, null);
    // 3 and 5 hold only "natural": no match, but their rank adds to a many-unit rank.
    expect(plain(composed)).toEqual({
      docs: [1, 2, 3, 4, 5, 6],
      flags: [MATCH_FLAG | TITLE_FLAG, MATCH_FLAG | TITLE_FLAG, 0, MATCH_FLAG, 0, MATCH_FLAG],
      share: [0.5, 0.375, 0.375, 0.75, 0.0625, 0],
      rank: [0.5, 0.375, 0.375, 0.75, 0.0625, 0].map((s) => Math.fround(s / 3)),
      items: 3,
    });
  });

  it("gives the title flag only when the title holds a whole ranking operand", () => {
    const unit = unitWords("'natural' & 'sciences' | 'scienc'", "'natural' & 'sciences'")!;
    // Doc 1: "natural" in the title, "sciences" in the summary.
    const composed = composeUnitScores(unit, [word([[1, true, 0.5]]), word([[1, false, 0.25]]), word([[1, false, 0.1]])], null);
    expect(plain(composed).flags).toEqual([MATCH_FLAG]);
  });

  it("marks the documents with a facet value the unit names as matches", () => {
    const unit = unitWords("'hub':* | 'platform'", "'hub':* | 'platform'")!;
    const facet: UnitScores = { ...word([[2, false, 0], [9, false, 0]]), flags: Uint8Array.from([MATCH_FLAG | FACET_FLAG, MATCH_FLAG | FACET_FLAG]) };
    const composed = composeUnitScores(unit, [word([[1, false, 0.5]]), word([[2, true, 0.25]])], facet);
    expect(plain(composed)).toEqual({
      docs: [1, 2, 9],
      flags: [MATCH_FLAG, MATCH_FLAG | TITLE_FLAG | FACET_FLAG, MATCH_FLAG | FACET_FLAG],
      share: [0.5, 0.25, 0],
      rank: [0.25, 0.125, 0],
      items: 2,
    });
  });

  it("is empty when no word is in any document", () => {
    const unit = unitWords("'zzqx':* | 'zzqx'", "'zzqx':*")!;
    expect(plain(composeUnitScores(unit, [word([]), word([])], null))).toEqual({ docs: [], flags: [], rank: [], share: [], items: 1 });
  });
});
