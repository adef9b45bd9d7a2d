import { describe, expect, it } from "vitest";
import { decodeRecords } from "../../lib/search/postgres/unit-records";
import { MATCH_FLAG, TITLE_FLAG } from "../../lib/search/unit-scores";

type Record = { doc: number; flags: number; rank: number };

/** Records as PostgreSQL sends them: big-endian doc_no, flags and rank. */
function encode(records: Record[]): Uint8Array {
  const size = 10;
  const view = new DataView(new ArrayBuffer(records.length * size));
  records.forEach((r, i) => {
    view.setInt32(i * size, r.doc);
    view.setInt16(i * size + 4, r.flags);
    view.setFloat32(i * size + 6, r.rank);
  });
  return new Uint8Array(view.buffer);
}

const plain = (scores: ReturnType<typeof decodeRecords>) => ({
  docs: [...scores.docs],
  flags: [...scores.flags],
  rank: [...scores.rank],
  share: [...scores.share],
  items: scores.items,
});

describe("a unit read's records", () => {
  it("are given back as they are when the scan read them in doc_no order", () => {
    const scores = decodeRecords(encode([{ doc: 1, flags: MATCH_FLAG, rank: 0.5 }, { doc: 7, flags: MATCH_FLAG | TITLE_FLAG, rank: 0.25 }]), 2);
    expect(plain(scores)).toEqual({ docs: [1, 7], flags: [MATCH_FLAG, MATCH_FLAG | TITLE_FLAG], rank: [0.5, 0.25], share: [1, 0.5], items: 2 });
  });

  it("are put in doc_no order when rows moved in the table (a changed document is stored anew)", () => {
    const read = [
      { doc: 3, flags: MATCH_FLAG, rank: 0.1 },
      { doc: 9, flags: MATCH_FLAG, rank: 0.2 },
      { doc: 12, flags: MATCH_FLAG, rank: 0.3 },
      { doc: 1, flags: MATCH_FLAG | TITLE_FLAG, rank: 0.4 },
      { doc: 10, flags: MATCH_FLAG, rank: 0.5 },
    ];
    const scores = decodeRecords(encode(read), 1);
    expect(plain(scores)).toEqual({
      docs: [1, 3, 9, 10, 12],
      flags: [MATCH_FLAG | TITLE_FLAG, MATCH_FLAG, MATCH_FLAG, MATCH_FLAG, MATCH_FLAG],
      rank: [0.4, 0.1, 0.2, 0.5, 0.3].map(Math.fround),
      share: [0.4, 0.1, 0.2, 0.5, 0.3].map(Math.fround),
      items: 1,
    });
  });

  it("keep a document read twice once, as the match, wherever each record came", () => {
    // The matches first, then the documents of a phrase's words: 4 is both.
    const read = [
      { doc: 2, flags: MATCH_FLAG, rank: 0.5 },
      { doc: 4, flags: MATCH_FLAG, rank: 0.25 },
      { doc: 4, flags: 0, rank: 0.25 },
      { doc: 3, flags: 0, rank: 0.125 },
    ];
    for (const records of [read, [...read].reverse()]) {
      const scores = decodeRecords(encode(records), 4);
      expect(plain(scores)).toEqual({ docs: [2, 3, 4], flags: [MATCH_FLAG, 0, MATCH_FLAG], rank: [0.5, 0.125, 0.25], share: [2, 0.5, 1], items: 4 });
    }
  });

  it("work out a share as PostgreSQL does in single precision", () => {
    const rank = 0.0607927;
    const scores = decodeRecords(encode([{ doc: 5, flags: MATCH_FLAG, rank }]), 3);
    expect(scores.share[0]).toBe(Math.fround(Math.fround(rank) * 3));
  });

  it("are none for an empty read", () => {
    expect(plain(decodeRecords(new Uint8Array(0), 1))).toEqual({ docs: [], flags: [], rank: [], share: [], items: 1 });
  });
});
