import { describe, expect, it } from "vitest";

// The warm-up fills at most half of SEARCH_MATCH_CACHE_MB, leaving the rest to
// the words people go on to search for; with no memory for kept words it reads none.
// (The budget is read when the module loads, so it is set before the import.)

const saved = process.env.SEARCH_MATCH_CACHE_MB;
process.env.SEARCH_MATCH_CACHE_MB = "0";
const { db } = await import("../../lib/db");
const { unitScoreReads } = await import("../../lib/search/postgres/unit-scores");
const { warmCommonWords } = await import("../../lib/search/postgres/warm-up");
if (saved === undefined) delete process.env.SEARCH_MATCH_CACHE_MB;
else process.env.SEARCH_MATCH_CACHE_MB = saved;

describe("the warm-up without memory for kept words", () => {
  it("reads no word, since nothing read could be kept", async () => {
    await db.$executeRawUnsafe("ANALYZE search_documents");
    const before = unitScoreReads().whole;
    expect(await warmCommonWords(5)).toEqual({ state: "done", words: 0, seconds: expect.any(Number) });
    expect(unitScoreReads().whole).toBe(before);
  });
});
